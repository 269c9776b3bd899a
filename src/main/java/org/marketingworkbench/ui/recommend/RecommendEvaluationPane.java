package org.marketingworkbench.ui.recommend;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.recommend.EvaluationResult;
import org.marketingworkbench.recommend.Metrics;
import org.marketingworkbench.recommend.RecommendCharts;
import org.marketingworkbench.recommend.RecommendTables;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.Tables;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.table.TableExportButton;

/** The held-out test: the method's five metrics beside the popularity and random baselines, as a table and bars. */
final class RecommendEvaluationPane extends BorderPane {

    /** One line of the table: a recommender and its metrics. */
    record Row(String name, Metrics metrics) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final TableView<Row> table = new TableView<>(rows);
    private final ChartPane chart;
    private final Label summary = new Label();
    private RecommendRun shown;

    RecommendEvaluationPane(ViewServices services) {
        chart = new ChartPane(services.charts(), services.theme());
        chart.setId("recommend-evaluation-chart");
        table.setId("recommend-evaluation-table");
        table.getStyleClass().addAll("dense", "striped");
        table.setPlaceholder(new Label(""));
        summary.setWrapText(true);
        summary.getStyleClass().add("text-muted");
        TableExportButton export = new TableExportButton(services.tables(),
                () -> RecommendTables.evaluation(shown.result().evaluation(), shown.request().method()),
                () -> "recommend-evaluation", java.util.Set::of);
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(rows));
        VBox left = new VBox(8, export, table, summary);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, chart);
        split.setDividerPositions(0.5);
        setCenter(split);
    }

    void show(RecommendRun run) {
        shown = run;
        if (run == null) {
            rows.clear();
            table.getColumns().clear();
            chart.setChart(null, "recommend-evaluation");
            summary.setText("");
            return;
        }
        EvaluationResult evaluation = run.result().evaluation();
        List<String> names = RecommendTables.rowLabels(run.request().method());
        rebuildColumns(evaluation.top());
        rows.setAll(new Row(names.get(0), evaluation.model()), new Row(names.get(1), evaluation.popularity()),
                new Row(names.get(2), evaluation.random()));
        chart.setChart(style -> RecommendCharts.evaluation(evaluation, run.request().method(), style),
                "recommend-evaluation");
        summary.setText(Messages.get("recommend.summary", run.result().interactions().userCount(),
                run.result().interactions().itemCount(), run.result().interactions().size(), evaluation.testedUsers(),
                evaluation.heldOutInteractions(), Messages.get("recommend.holdout." + evaluation.holdout().id())));
    }

    void dispose() {
        chart.dispose();
    }

    private void rebuildColumns(int top) {
        table.getColumns().clear();
        table.getColumns().add(Tables.text(Messages.get("recommend.col.method"), Row::name));
        List<String> labels = RecommendTables.metricLabels(top);
        for (int m = 0; m < labels.size(); m++) {
            int metric = m;
            table.getColumns().add(Tables.number(labels.get(m),
                    row -> RecommendTables.values(row.metrics())[metric], "%.3f"));
        }
        table.getColumns().get(0).setPrefWidth(170);
        table.getColumns().subList(1, table.getColumns().size()).forEach(column -> column.setPrefWidth(92));
    }
}
