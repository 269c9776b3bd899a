package org.marketingworkbench.ui.predict;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.PredictionResult;
import org.marketingworkbench.predict.evaluate.ConfusionMatrix;
import org.marketingworkbench.predict.evaluate.Metrics;

/** The decision threshold slider with what it gives at once: how many are predicted to buy, precision, recall and the confusion matrix. */
final class ThresholdPane extends VBox {
    private final PredictViewModel model;
    private final Slider slider = new Slider(0, 1, 0.5);
    private final Label value = new Label();
    private final Label figures = new Label();
    private final ConfusionGrid grid = new ConfusionGrid();
    private final ChangeListener<Metrics> metricsChanged = (obs, old, metrics) -> show(metrics);

    ThresholdPane(PredictViewModel model) {
        super(8);
        this.model = model;
        slider.valueProperty().bindBidirectional(model.thresholdProperty());
        slider.setMajorTickUnit(0.1);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(0.01);
        slider.setId("predict-threshold");
        HBox.setHgrow(slider, Priority.ALWAYS);
        value.getStyleClass().add("text-bold");
        value.setMinWidth(40);
        Label title = new Label(Messages.get("predict.page.threshold"));
        title.getStyleClass().add("title-4");
        HBox row = new HBox(8, slider, value);
        row.setAlignment(Pos.CENTER_LEFT);
        figures.setWrapText(true);
        getChildren().addAll(title, SetupPane.muted(Messages.get("predict.page.thresholdHelp")), row, figures, grid);
        getStyleClass().add("predict-threshold");
        model.metricsProperty().addListener(metricsChanged);
        show(model.metricsProperty().get());
    }

    void dispose() {
        slider.valueProperty().unbindBidirectional(model.thresholdProperty());
        model.metricsProperty().removeListener(metricsChanged);
    }

    private void show(Metrics metrics) {
        PredictionResult result = model.selectedProperty().get();
        value.setText(String.format(Locale.ROOT, "%.2f", model.thresholdProperty().get()));
        if (metrics == null || result == null) {
            figures.setText(Messages.get("predict.page.noResult"));
            grid.show(null, null);
            return;
        }
        ConfusionMatrix confusion = metrics.confusion();
        long predicted = confusion.truePositives() + confusion.falsePositives();
        figures.setText(Messages.get("predict.page.thresholdFigures", predicted, confusion.total(),
                metrics.precision(), metrics.recall(), confusion.truePositives(),
                confusion.truePositives() + confusion.falseNegatives()));
        grid.show(confusion, result.target());
    }
}
