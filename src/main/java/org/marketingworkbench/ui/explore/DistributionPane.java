package org.marketingworkbench.ui.explore;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.marketingworkbench.explore.BoxPlots;
import org.marketingworkbench.explore.ExploreCharts;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.table.TableExportButton;
import tech.tablesaw.api.Table;

/**
 * One column's distribution: histogram and box plot for numbers (box per group when split),
 * value bars or a count plot by the split column for everything else.
 */
final class DistributionPane extends VBox {
    private final DistributionViewModel model;
    private final ColumnBox column;
    private final ColumnBox splitBy;
    private final Spinner<Integer> bins = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 500, 0, 5));
    private final ObjectProperty<Integer> binsValue;
    private final Banner problem;
    private final ChartPane main;
    private final ChartPane boxes;
    private final SplitPane charts;
    private final ChangeListener<Distribution> resultListener = (obs, old, result) -> show(result);

    DistributionPane(ExploreViewModel page, ViewServices services) {
        super(8);
        this.model = page.distribution();
        column = new ColumnBox("explore-distribution-column", page.columns(), model.columnProperty(), false);
        splitBy = new ColumnBox("explore-distribution-split", page.columns(), model.splitByProperty(), true);
        binsValue = model.binsProperty().asObject();
        bins.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null || value == 0 ? Messages.get("explore.bins.auto") : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Math.max(0, Math.min(500, Integer.parseInt(text.trim())));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        });
        bins.getValueFactory().valueProperty().bindBidirectional(binsValue);
        bins.setEditable(true);
        bins.setPrefWidth(90);
        bins.setId("explore-bins");
        problem = new Banner(model.problemProperty());
        main = new ChartPane(services.charts(), services.theme());
        boxes = new ChartPane(services.charts(), services.theme());
        main.setId("explore-distribution-chart");
        boxes.setId("explore-box-chart");
        charts = new SplitPane(main);
        VBox.setVgrow(charts, Priority.ALWAYS);
        TableExportButton export = new TableExportButton(services.tables(), this::table, this::fileName, java.util.Set::of);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, new Label(Messages.get("explore.distribution.column")), column,
                new Label(Messages.get("explore.distribution.splitBy")), splitBy,
                new Label(Messages.get("explore.distribution.bins")), bins, spacer, export);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(controls, problem, charts);
        setPadding(new Insets(8, 0, 0, 0));
        model.resultProperty().addListener(resultListener);
        show(model.resultProperty().get());
    }

    void dispose() {
        model.resultProperty().removeListener(resultListener);
        column.dispose();
        splitBy.dispose();
        bins.getValueFactory().valueProperty().unbindBidirectional(binsValue);
        problem.dispose();
        main.dispose();
        boxes.dispose();
    }

    private void show(Distribution result) {
        bins.setDisable(result != null && !result.numeric());
        if (result == null) {
            main.setChart(null, "distribution");
            boxes.setChart(null, "box-plot");
            charts.getItems().setAll(main);
            return;
        }
        if (result.numeric()) {
            main.setChart(style -> ExploreCharts.histogram(result.histogram(), style), "histogram-" + result.column());
            boxes.setChart(style -> ExploreCharts.boxes(result.column(), result.splitBy(), result.boxes(), style),
                    "box-plot-" + result.column());
            if (charts.getItems().size() < 2) {
                charts.getItems().setAll(main, boxes);
                charts.setDividerPositions(0.55);
            }
        } else {
            main.setChart(result.byHue() == null ? style -> ExploreCharts.categories(result.values(), style)
                    : style -> ExploreCharts.countsByHue(result.byHue(), style), "counts-" + result.column());
            boxes.setChart(null, "box-plot");
            charts.getItems().setAll(main);
        }
    }

    /** What the export writes: the histogram bins and box statistics, or the counts shown. */
    private Table table() {
        Distribution result = model.resultProperty().get();
        if (result == null) {
            return Table.create("empty");
        }
        if (result.numeric()) {
            return result.splitBy().isEmpty() ? result.histogram().toTable() : BoxPlots.toTable(result.boxes());
        }
        return result.byHue() == null ? result.values().toTable() : result.byHue().toTable();
    }

    private String fileName() {
        Distribution result = model.resultProperty().get();
        return result == null ? "distribution" : "distribution-" + result.column();
    }
}
