package org.marketingworkbench.ui.explore;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.marketingworkbench.explore.CorrelationMatrix;
import org.marketingworkbench.explore.Correlations;
import org.marketingworkbench.explore.ExploreCharts;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.table.TableExportButton;
import tech.tablesaw.api.Table;

/** The correlation heat map: which number columns, Pearson or Spearman, the chart and the matrix's export. */
final class CorrelationPane extends VBox {
    private final ExploreViewModel page;
    private final CorrelationViewModel model;
    private final CheckComboBox<String> columns = new CheckComboBox<>();
    private final ComboBox<Correlations.Method> method = new ComboBox<>(
            FXCollections.observableArrayList(Correlations.Method.values()));
    private final Banner problem;
    private final ChartPane chart;
    private final ChangeListener<CorrelationMatrix> resultListener = (obs, old, result) -> show(result);
    private final ListChangeListener<String> offeredListener = change -> syncChecks();
    private final ListChangeListener<String> chosenListener = change -> syncChecks();
    private final ListChangeListener<String> checkListener = change -> checked();
    private boolean syncing;

    CorrelationPane(ExploreViewModel page, ViewServices services) {
        super(8);
        this.page = page;
        this.model = page.correlation();
        columns.setId("explore-correlation-columns");
        columns.setTitle(Messages.get("explore.correlation.columns"));
        columns.setPrefWidth(220);
        method.setId("explore-correlation-method");
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(Correlations.Method item) {
                return item == null ? "" : Messages.get("explore.correlation." + item.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Correlations.Method fromString(String text) {
                return null;
            }
        });
        method.valueProperty().bindBidirectional(model.methodProperty());
        problem = new Banner(model.problemProperty());
        chart = new ChartPane(services.charts(), services.theme());
        chart.setId("explore-correlation-chart");
        VBox.setVgrow(chart, Priority.ALWAYS);
        TableExportButton export = new TableExportButton(services.tables(), this::export, () -> "correlations",
                java.util.Set::of);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, new Label(Messages.get("explore.correlation.method")), method, columns, spacer,
                export);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(controls, problem, chart);
        setPadding(new Insets(8, 0, 0, 0));
        syncChecks();
        page.numberColumns().addListener(offeredListener);
        model.columns().addListener(chosenListener);
        columns.getCheckModel().getCheckedItems().addListener(checkListener);
        model.resultProperty().addListener(resultListener);
        show(model.resultProperty().get());
    }

    void dispose() {
        page.numberColumns().removeListener(offeredListener);
        model.columns().removeListener(chosenListener);
        columns.getCheckModel().getCheckedItems().removeListener(checkListener);
        model.resultProperty().removeListener(resultListener);
        method.valueProperty().unbindBidirectional(model.methodProperty());
        problem.dispose();
        chart.dispose();
    }

    /** The offered columns are the number columns; the checked ones are the view-model's choice. */
    private void syncChecks() {
        if (columns.getItems().equals(page.numberColumns())
                && java.util.Set.copyOf(columns.getCheckModel().getCheckedItems()).equals(java.util.Set.copyOf(model.columns()))) {
            return;
        }
        syncing = true;
        if (!columns.getItems().equals(page.numberColumns())) {
            columns.getItems().setAll(page.numberColumns());
        }
        columns.getCheckModel().clearChecks();
        model.columns().forEach(name -> columns.getCheckModel().check(name));
        syncing = false;
    }

    private void checked() {
        if (!syncing) {
            List<String> chosen = List.copyOf(columns.getCheckModel().getCheckedItems());
            model.chooseExactly(chosen);
        }
    }

    private Table export() {
        CorrelationMatrix result = model.resultProperty().get();
        return result == null ? Table.create("correlations") : result.toTable();
    }

    private void show(CorrelationMatrix result) {
        if (result == null) {
            chart.setChart(null, "correlations");
            return;
        }
        chart.setChart(style -> ExploreCharts.correlations(result, style), "correlations");
    }
}
