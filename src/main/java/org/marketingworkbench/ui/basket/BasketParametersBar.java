package org.marketingworkbench.ui.basket;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;

/** The mining limits and the Find rules / Stop buttons. */
final class BasketParametersBar extends FlowPane {
    private final BasketViewModel model;
    private final List<NumberField> numbers;
    private final CheckBox count = new CheckBox(Messages.get("basket.page.supportCount"));
    private final CheckBox several = new CheckBox(Messages.get("basket.page.multi"));
    private final TextField include = new TextField();
    private final TextField exclude = new TextField();
    private final Button stop = new Button(Messages.get("basket.page.cancel"), new FontIcon(Feather.X_CIRCLE));

    BasketParametersBar(BasketViewModel model) {
        super(12, 6);
        this.model = model;
        NumberField support = new NumberField(model.minSupportProperty(), false, false, 70);
        NumberField confidence = new NumberField(model.minConfidenceProperty(), false, false, 60);
        NumberField lift = new NumberField(model.minLiftProperty(), false, false, 50);
        NumberField length = new NumberField(model.maxLengthProperty(), true, false, 40);
        numbers = List.of(support, confidence, lift, length);
        count.selectedProperty().bindBidirectional(model.supportIsCountProperty());
        several.selectedProperty().bindBidirectional(model.multiConsequentProperty());
        for (TextField items : List.of(include, exclude)) {
            items.setPromptText(Messages.get("basket.page.itemsPrompt"));
            items.setPrefColumnCount(12);
        }
        include.textProperty().bindBidirectional(model.includeProperty());
        exclude.textProperty().bindBidirectional(model.excludeProperty());
        Button mine = new Button(Messages.get("basket.page.mine"), new FontIcon(Feather.PLAY));
        mine.getStyleClass().add("accent");
        mine.setDefaultButton(true);
        mine.setId("basket-mine");
        mine.setOnAction(event -> {
            requestFocus();
            model.mine();
        });
        stop.setOnAction(event -> model.cancel());
        stop.visibleProperty().bind(model.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        getChildren().addAll(BasketLayoutPane.labelled("basket.page.minSupport", support), count,
                BasketLayoutPane.labelled("basket.page.minConfidence", confidence),
                BasketLayoutPane.labelled("basket.page.minLift", lift),
                BasketLayoutPane.labelled("basket.page.maxLength", length), several,
                BasketLayoutPane.labelled("basket.page.include", include),
                BasketLayoutPane.labelled("basket.page.exclude", exclude), mine, stop);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    void dispose() {
        numbers.forEach(NumberField::dispose);
        count.selectedProperty().unbindBidirectional(model.supportIsCountProperty());
        several.selectedProperty().unbindBidirectional(model.multiConsequentProperty());
        include.textProperty().unbindBidirectional(model.includeProperty());
        exclude.textProperty().unbindBidirectional(model.excludeProperty());
        stop.visibleProperty().unbind();
    }
}
