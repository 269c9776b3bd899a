package org.marketingworkbench.ui.segment;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.segment.KSweepResult;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.segment.SweepCharts;
import org.marketingworkbench.segment.SweepPoint;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.table.TableExportButton;

/**
 * "Choosing k": the four sweep charts side by side, the suggested k with its reason, whether the
 * silhouette used a sample, and a way to take any k of the sweep (a click on a chart, or the list).
 */
final class KChooserPane extends BorderPane {
    private final SegmentViewModel model;
    private final Subscriptions subscriptions = new Subscriptions();
    private final List<ChartPane> charts;
    private final Label suggestion = new Label();
    private final Label sample = new Label();
    private final ComboBox<Integer> pick = new ComboBox<>();
    private final VBox content;
    private final VBox empty;

    KChooserPane(SegmentViewModel model, ViewServices services) {
        this.model = model;
        charts = List.of(chart(services, "segment-sweep-inertia"), chart(services, "segment-sweep-silhouette"),
                chart(services, "segment-sweep-ch"), chart(services, "segment-sweep-db"));
        suggestion.getStyleClass().add("text-bold");
        suggestion.setWrapText(true);
        suggestion.setId("segment-suggestion");
        sample.getStyleClass().add("text-muted");
        sample.setWrapText(true);
        pick.setId("segment-pick-k");
        Button runPicked = new Button(Messages.get("segment.k.runPicked"));
        runPicked.setOnAction(event -> {
            if (pick.getValue() != null) {
                model.runK(pick.getValue());
            }
        });
        subscriptions.bind(runPicked.disableProperty(), model.runningProperty());
        Label hint = new Label(Messages.get("segment.k.clickHint"));
        hint.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        TableExportButton export = new TableExportButton(services.tables(), model.exports()::sweep, () -> "segment-sweep",
                java.util.Set::of);
        export.setText(Messages.get("segment.export.sweep"));
        HBox choose = new HBox(8, new Label(Messages.get("segment.k.pick")), pick, runPicked, hint, spacer, export);
        choose.setAlignment(Pos.CENTER_LEFT);
        content = new VBox(6, suggestion, sample, choose, grid());
        VBox.setVgrow(content.getChildren().get(3), Priority.ALWAYS);
        Button sweep = new Button(Messages.get("segment.sweep"));
        sweep.setOnAction(event -> model.sweep());
        subscriptions.bind(sweep.disableProperty(), model.runningProperty());
        Label emptyText = new Label(Messages.get("segment.k.empty"));
        emptyText.setWrapText(true);
        empty = new VBox(10, emptyText, sweep);
        empty.setAlignment(Pos.CENTER);
        empty.setMaxWidth(520);
        subscriptions.onChange(model.sweepProperty(), (obs, old, value) -> show());
        subscriptions.onChange(model.resultProperty(), (obs, old, value) -> {
            if (old == null || value == null || old.k() != value.k()) {
                show();
            }
        });
        show();
    }

    void dispose() {
        subscriptions.release();
        charts.forEach(ChartPane::dispose);
    }

    private ChartPane chart(ViewServices services, String id) {
        ChartPane pane = new ChartPane(services.charts(), services.theme());
        pane.setId(id);
        pane.setMinSize(200, 160);
        pane.viewer().addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                kAt(pane, event.getTrigger().getX());
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // only clicks choose a k
            }
        });
        return pane;
    }

    /** Runs the k nearest to where the user clicked on a sweep chart. */
    private void kAt(ChartPane pane, double x) {
        KSweepResult sweep = model.sweepProperty().get();
        JFreeChart chart = pane.chart();
        PlotRenderingInfo info = pane.viewer().getCanvas().getRenderingInfo() == null ? null
                : pane.viewer().getCanvas().getRenderingInfo().getPlotInfo();
        if (sweep == null || chart == null || info == null || model.runningProperty().get()) {
            return;
        }
        XYPlot plot = chart.getXYPlot();
        double value = plot.getDomainAxis().java2DToValue(x, info.getDataArea(), plot.getDomainAxisEdge());
        int k = (int) Math.round(value);
        boolean inSweep = sweep.points().stream().anyMatch(point -> point.k() == k);
        SegmentationResult shown = model.resultProperty().get();
        if (inSweep && (shown == null || shown.k() != k)) {
            model.runK(k);
        }
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        for (int index = 0; index < 2; index++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            grid.getRowConstraints().add(row);
        }
        for (int index = 0; index < charts.size(); index++) {
            grid.add(charts.get(index), index % 2, index / 2);
        }
        return grid;
    }

    private void show() {
        KSweepResult sweep = model.sweepProperty().get();
        if (sweep == null) {
            setCenter(empty);
            charts.forEach(pane -> pane.setChart(null, "segment-sweep"));
            return;
        }
        SegmentationResult result = model.resultProperty().get();
        int shownK = result == null ? 0 : result.k();
        setChart(0, style -> SweepCharts.inertia(sweep, shownK, style), "segment-sweep-inertia");
        setChart(1, style -> SweepCharts.silhouette(sweep, shownK, style), "segment-sweep-silhouette");
        setChart(2, style -> SweepCharts.calinskiHarabasz(sweep, shownK, style), "segment-sweep-calinski-harabasz");
        setChart(3, style -> SweepCharts.daviesBouldin(sweep, shownK, style), "segment-sweep-davies-bouldin");
        suggestion.setText(Messages.get("segment.k.suggested", sweep.suggestion().reason()));
        sample.setText(sweep.silhouetteExact() ? Messages.get("segment.k.exact", sweep.rows())
                : Messages.get("segment.k.sampled", sweep.silhouetteSampleSize(), sweep.rows()));
        pick.getItems().setAll(sweep.points().stream().map(SweepPoint::k).toList());
        pick.setValue(shownK > 0 ? shownK : sweep.suggestedK());
        setCenter(content);
    }

    private void setChart(int index, Function<ChartStyle, JFreeChart> chart, String name) {
        charts.get(index).setChart(chart, name);
    }
}
