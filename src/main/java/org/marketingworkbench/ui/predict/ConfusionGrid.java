package org.marketingworkbench.ui.predict;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.evaluate.ConfusionMatrix;
import org.marketingworkbench.predict.setup.BinaryTarget;

/** The confusion matrix as a small 2 x 2 grid: actual outcome down, predicted across, right calls highlighted. */
final class ConfusionGrid extends GridPane {
    private final Label predictedBuys = header();
    private final Label predictedNot = header();
    private final Label actualBuys = header();
    private final Label actualNot = header();
    private final Label truePositives = cell("correct");
    private final Label falseNegatives = cell("wrong");
    private final Label falsePositives = cell("wrong");
    private final Label trueNegatives = cell("correct");

    ConfusionGrid() {
        setHgap(2);
        setVgap(2);
        getStyleClass().add("predict-confusion");
        setId("predict-confusion");
        add(predictedBuys, 1, 0);
        add(predictedNot, 2, 0);
        addRow(1, actualBuys, truePositives, falseNegatives);
        addRow(2, actualNot, falsePositives, trueNegatives);
        for (Label label : java.util.List.of(predictedBuys, predictedNot)) {
            GridPane.setHalignment(label, HPos.CENTER);
        }
    }

    /** Shows the counts at the current threshold; null clears the grid. */
    void show(ConfusionMatrix matrix, BinaryTarget target) {
        if (matrix == null || target == null) {
            for (Label label : java.util.List.of(truePositives, falseNegatives, falsePositives, trueNegatives)) {
                label.setText("");
            }
            return;
        }
        predictedBuys.setText(Messages.get("predict.confusion.predicted", target.positiveLabel()));
        predictedNot.setText(Messages.get("predict.confusion.predicted", target.negativeLabel()));
        actualBuys.setText(Messages.get("predict.confusion.actual", target.positiveLabel()));
        actualNot.setText(Messages.get("predict.confusion.actual", target.negativeLabel()));
        truePositives.setText(count(matrix.truePositives(), matrix));
        falseNegatives.setText(count(matrix.falseNegatives(), matrix));
        falsePositives.setText(count(matrix.falsePositives(), matrix));
        trueNegatives.setText(count(matrix.trueNegatives(), matrix));
    }

    private static String count(long value, ConfusionMatrix matrix) {
        double share = matrix.total() == 0 ? 0 : 100.0 * value / matrix.total();
        return String.format(Locale.getDefault(), "%,d%n%.1f%%", value, share);
    }

    private static Label header() {
        Label label = new Label();
        label.getStyleClass().addAll("text-small", "text-muted");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label cell(String kind) {
        Label label = new Label();
        label.getStyleClass().addAll("predict-confusion-cell", kind);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        return label;
    }
}
