package org.marketingworkbench.ui.campaign;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.marketingworkbench.campaign.Campaign;
import org.marketingworkbench.campaign.ProportionTest;
import org.marketingworkbench.i18n.Messages;

/** Is the difference real? Two campaigns, the z-test on their conversion rates, and the sample size for a lift. */
final class CampaignTestPane extends VBox {
    private final CampaignViewModel model;
    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ChangeListener<List<Campaign>> campaignsListener = (obs, old, value) -> campaigns.setAll(value);
    private final ComboBox<Campaign> first = campaignBox("campaign-test-a");
    private final ComboBox<Campaign> second = campaignBox("campaign-test-b");
    private final Label verdict = new Label();
    private final Label figures = new Label();
    private final Label sampleSize = new Label();
    private final Spinner<Double> lift = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.01, 5, 0.2, 0.05));

    CampaignTestPane(CampaignViewModel model) {
        super(8);
        this.model = model;
        campaigns.setAll(model.campaignsProperty().get());
        model.campaignsProperty().addListener(campaignsListener);
        first.valueProperty().bindBidirectional(model.testAProperty());
        second.valueProperty().bindBidirectional(model.testBProperty());
        CampaignTestViewModel test = model.test();
        verdict.textProperty().bind(test.verdictProperty());
        verdict.setWrapText(true);
        verdict.getStyleClass().add("text-bold");
        figures.textProperty().bind(Bindings.createStringBinding(() -> describe(test.resultProperty().get()),
                test.resultProperty()));
        figures.setWrapText(true);
        sampleSize.textProperty().bind(test.sampleSizeProperty());
        sampleSize.setWrapText(true);
        lift.getValueFactory().valueProperty().addListener((obs, old, value) -> test.liftProperty().set(value));
        lift.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format("%+.0f%%", value * 100);
            }

            @Override
            public Double fromString(String text) {
                return Double.parseDouble(text.replace("%", "").replace("+", "").trim()) / 100;
            }
        });
        lift.setEditable(true);
        lift.setPrefWidth(100);
        GridPane pick = new GridPane();
        pick.setHgap(8);
        pick.setVgap(6);
        pick.addRow(0, new Label(Messages.get("campaign.test.a")), first);
        pick.addRow(1, new Label(Messages.get("campaign.test.b")), second);
        HBox liftRow = new HBox(8, new Label(Messages.get("campaign.test.lift")), lift);
        liftRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(pick, verdict, figures, liftRow, sampleSize);
        getStyleClass().add("campaign-test");
        setPadding(new javafx.geometry.Insets(8, 4, 8, 4));
    }

    void dispose() {
        model.campaignsProperty().removeListener(campaignsListener);
        first.valueProperty().unbindBidirectional(model.testAProperty());
        second.valueProperty().unbindBidirectional(model.testBProperty());
        verdict.textProperty().unbind();
        figures.textProperty().unbind();
        sampleSize.textProperty().unbind();
    }

    private static String describe(ProportionTest test) {
        if (test == null) {
            return "";
        }
        return Messages.get("campaign.test.figures", test.rateA(), test.rateB(), test.difference(), test.lower95(),
                test.upper95(), test.z(), test.pValue());
    }

    private ComboBox<Campaign> campaignBox(String id) {
        ComboBox<Campaign> box = new ComboBox<>(campaigns);
        box.setId(id);
        box.setPrefWidth(320);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Campaign campaign) {
                return campaign == null ? "" : campaign.label();
            }

            @Override
            public Campaign fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
