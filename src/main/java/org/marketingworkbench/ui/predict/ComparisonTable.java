package org.marketingworkbench.ui.predict;

import java.util.function.ToDoubleFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.PredictTables;
import org.marketingworkbench.predict.PredictionResult;
import org.marketingworkbench.predict.evaluate.Metrics;
import org.marketingworkbench.ui.common.Tables;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.table.TableExportButton;

/** Every trained model side by side at the current threshold; choosing a row shows that model everywhere on the page. */
final class ComparisonTable extends VBox {
    private final PredictViewModel model;
    private final TableView<PredictionResult> table;
    private final InvalidationListener thresholdChanged;
    private final ChangeListener<PredictionResult> selectedChanged;
    private final ChangeListener<PredictionResult> rowChosen;

    ComparisonTable(PredictViewModel model, ViewServices services) {
        super(6);
        this.model = model;
        // best ROC AUC first, as in the report (AUC does not depend on the threshold)
        table = new TableView<>(new javafx.collections.transformation.SortedList<>(model.results(),
                java.util.Comparator.comparingDouble((PredictionResult r) -> -r.evaluation().metrics().auc())));
        table.setId("predict-comparison");
        table.getStyleClass().addAll("dense", "striped");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Tables.text(Messages.get("predict.page.col.model"),
                result -> result.request().model().kind().label()));
        table.getColumns().add(metric("predict.page.col.auc", Metrics::auc, "%.3f"));
        table.getColumns().add(metric("predict.metric.accuracy", Metrics::accuracy, "%.3f"));
        table.getColumns().add(metric("predict.metric.baseline", Metrics::baselineAccuracy, "%.3f"));
        table.getColumns().add(metric("predict.metric.precision", Metrics::precision, "%.3f"));
        table.getColumns().add(metric("predict.metric.recall", Metrics::recall, "%.3f"));
        table.getColumns().add(metric("predict.metric.f1", Metrics::f1, "%.3f"));
        TableColumn<PredictionResult, String> details = Tables.text(Messages.get("predict.page.col.details"),
                PredictTables::describe);
        details.setPrefWidth(380);
        table.getColumns().add(details);
        table.getColumns().get(0).setPrefWidth(140);
        table.getColumns().get(0).setMinWidth(100);
        table.setPlaceholder(new Label(Messages.get("predict.page.noResult")));
        VBox.setVgrow(table, Priority.ALWAYS);
        thresholdChanged = obs -> table.refresh();
        model.thresholdProperty().addListener(thresholdChanged);
        selectedChanged = (obs, old, value) -> table.getSelectionModel().select(value);
        model.selectedProperty().addListener(selectedChanged);
        rowChosen = (obs, old, value) -> {
            if (value != null) {
                model.selectedProperty().set(value);
            }
        };
        table.getSelectionModel().selectedItemProperty().addListener(rowChosen);
        table.getSelectionModel().select(model.selectedProperty().get());
        TableExportButton export = new TableExportButton(services.tables(),
                () -> PredictTables.comparison(model.results(), model.thresholdProperty().get()),
                () -> "predict-comparison", java.util.Set::of);
        Label title = new Label(Messages.get("predict.page.comparison"));
        title.getStyleClass().add("title-4");
        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(8, title, new javafx.scene.layout.Region(), export);
        javafx.scene.layout.HBox.setHgrow(head.getChildren().get(1), Priority.ALWAYS);
        getChildren().addAll(head, SetupPane.muted(Messages.get("predict.page.comparisonHint")), table);
    }

    void dispose() {
        model.thresholdProperty().removeListener(thresholdChanged);
        model.selectedProperty().removeListener(selectedChanged);
        table.getSelectionModel().selectedItemProperty().removeListener(rowChosen);
        table.setItems(null);
    }

    private TableColumn<PredictionResult, Number> metric(String key, ToDoubleFunction<Metrics> value, String format) {
        TableColumn<PredictionResult, Number> column = Tables.number(Messages.get(key),
                result -> value.applyAsDouble(result.evaluation().at(model.thresholdProperty().get())), format);
        column.setPrefWidth(66);
        column.setMinWidth(56);
        return column;
    }
}
