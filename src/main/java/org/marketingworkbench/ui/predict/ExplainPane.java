package org.marketingworkbench.ui.predict;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.PredictCharts;
import org.marketingworkbench.predict.PredictTables;
import org.marketingworkbench.predict.PredictionResult;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.table.TableExportButton;

/** Why the model predicts what it does: the tree diagram and its rules (decision tree), and feature importance (every model). */
final class ExplainPane extends SplitPane {
    /** Pixels per bar and for the title, axis and toolbar of the importance chart. */
    private static final double BAR_HEIGHT = 22;
    private static final double BAR_CHART_MARGIN = 130;

    private final PredictViewModel model;
    private final TreeDiagramView tree = new TreeDiagramView();
    private final Label noTree = new Label();
    private final RulesList rules;
    private final ChartPane importance;
    private final ChangeListener<PredictionResult> selectedChanged = (obs, old, result) -> show(result);

    ExplainPane(PredictViewModel model, ViewServices services) {
        this.model = model;
        rules = new RulesList(services);
        importance = new ChartPane(services.charts(), services.theme());
        importance.setId("predict-importance");
        noTree.setWrapText(true);
        noTree.getStyleClass().add("text-muted");
        StackPane treeArea = new StackPane(tree, noTree);
        TableExportButton export = new TableExportButton(services.tables(),
                () -> model.selectedProperty().get() == null ? tech.tablesaw.api.Table.create("importance")
                        : PredictTables.importance(model.selectedProperty().get()),
                () -> "predict-importance", java.util.Set::of);
        // many features need more height than the pane has: the chart keeps a readable bar height and scrolls
        javafx.scene.control.ScrollPane importanceScroll = new javafx.scene.control.ScrollPane(importance);
        importanceScroll.setFitToWidth(true);
        importanceScroll.setFitToHeight(true);
        VBox importanceBox = new VBox(4, export, importanceScroll);
        VBox.setVgrow(importanceScroll, javafx.scene.layout.Priority.ALWAYS);
        SplitPane bottom = new SplitPane(rules, importanceBox);
        bottom.setDividerPositions(0.5);
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(treeArea, bottom);
        setDividerPositions(0.58);
        model.selectedProperty().addListener(selectedChanged);
        show(model.selectedProperty().get());
    }

    void dispose() {
        model.selectedProperty().removeListener(selectedChanged);
        importance.dispose();
    }

    private void show(PredictionResult result) {
        rules.show(result);
        if (result == null) {
            tree.show(null, null);
            tree.setVisible(false);
            noTree.setText(Messages.get("predict.page.noResult"));
            noTree.setVisible(true);
            importance.setChart(null, "predict-importance");
            return;
        }
        boolean hasTree = result.tree().isPresent();
        tree.setVisible(hasTree);
        noTree.setVisible(!hasTree);
        noTree.setText(Messages.get("predict.page.noTree", result.request().model().kind().label()));
        tree.show(result.tree().orElse(null), result.target());
        importance.setMinHeight(BAR_CHART_MARGIN + BAR_HEIGHT
                * Math.min(PredictCharts.IMPORTANCE_BARS, result.importance().size()));
        importance.setChart(style -> PredictCharts.importance(result, style), "predict-importance");
    }
}
