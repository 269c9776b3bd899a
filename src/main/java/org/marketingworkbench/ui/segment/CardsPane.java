package org.marketingworkbench.ui.segment;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.marketingworkbench.chart.Palette;
import org.marketingworkbench.i18n.Messages;

/**
 * One card per segment: its colour (as on the charts and the map), an editable name, the
 * description in words, size, share and revenue share, and the figures behind the words.
 */
final class CardsPane extends BorderPane {
    private static final double CARD_WIDTH = 232;

    private final SegmentViewModel model;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Subscriptions cardSubscriptions = new Subscriptions();
    private final FlowPane cards = new FlowPane(10, 10);

    CardsPane(SegmentViewModel model) {
        this.model = model;
        Label title = new Label(Messages.get("segment.cards.title"));
        title.getStyleClass().add("text-bold");
        title.setMinWidth(0);
        Button fromDescriptions = new Button(Messages.get("segment.cards.fromDescriptions"));
        fromDescriptions.getStyleClass().addAll("flat", "small");
        fromDescriptions.setId("segment-name-from-descriptions");
        fromDescriptions.setOnAction(event -> model.nameFromDescriptions());
        fromDescriptions.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, fromDescriptions);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 8, 0));
        cards.setPadding(new Insets(2));
        cards.setId("segment-cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setTop(header);
        setCenter(scroll);
        setPadding(new Insets(8, 4, 4, 8));
        subscriptions.onList(model.cards(), (ListChangeListener<SegmentCard>) change -> show());
        show();
    }

    void dispose() {
        cardSubscriptions.release();
        subscriptions.release();
    }

    private void show() {
        cardSubscriptions.release();
        cards.getChildren().clear();
        for (SegmentCard card : model.cards()) {
            cards.getChildren().add(card(card));
        }
    }

    private Node card(SegmentCard card) {
        java.awt.Color colour = Palette.category(card.segment());
        Circle dot = new Circle(7, Color.rgb(colour.getRed(), colour.getGreen(), colour.getBlue()));
        TextField name = new TextField(card.nameProperty().get());
        name.setPromptText(card.defaultName());
        name.setId("segment-card-name-" + (card.segment() + 1));
        name.getStyleClass().add("segment-card-name");
        HBox.setHgrow(name, Priority.ALWAYS);
        // a name is committed on Enter or when the field is left, not on every key
        name.setOnAction(event -> card.nameProperty().set(name.getText().strip()));
        cardSubscriptions.onChange(name.focusedProperty(), (obs, old, focused) -> {
            if (!focused) {
                card.nameProperty().set(name.getText().strip());
            }
        });
        cardSubscriptions.onChange(card.nameProperty(), (obs, old, value) -> {
            if (!value.equals(name.getText())) {
                name.setText(value);
            }
        });
        HBox top = new HBox(8, dot, name);
        top.setAlignment(Pos.CENTER_LEFT);
        Label description = new Label(card.description());
        description.setWrapText(true);
        description.getStyleClass().add("segment-card-description");
        String sizeText = Messages.get("segment.cards.size", card.size(), card.share());
        if (card.revenueShare().isPresent() && !Double.isNaN(card.revenueShare().getAsDouble())) {
            sizeText += "   " + Messages.get("segment.cards.revenue", card.revenueShare().getAsDouble());
        }
        Label size = new Label(sizeText);
        size.setWrapText(true);
        VBox box = new VBox(6, top, description, size);
        for (String line : card.evidence()) {
            Label evidence = new Label(line);
            evidence.setWrapText(true);
            evidence.getStyleClass().addAll("text-muted", "text-small");
            box.getChildren().add(evidence);
        }
        box.getStyleClass().add("segment-card");
        box.setPrefWidth(CARD_WIDTH);
        box.setMaxWidth(CARD_WIDTH);
        return box;
    }
}
