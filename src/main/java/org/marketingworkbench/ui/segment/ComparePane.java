package org.marketingworkbench.ui.segment;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.segment.SegmentCharts;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.ViewServices;

/** One feature across the segments (chosen from a list), and each segment's share of revenue. */
final class ComparePane extends SplitPane {
    private final SegmentViewModel model;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ComboBox<String> feature = new ComboBox<>();
    private final ChartPane comparison;
    private final ChartPane revenue;
    private final BorderPane revenueBox = new BorderPane();
    private final Label noRevenue = new Label(Messages.get("segment.compare.noRevenue"));
    private boolean updating;

    ComparePane(SegmentViewModel model, ViewServices services) {
        this.model = model;
        comparison = new ChartPane(services.charts(), services.theme());
        comparison.setId("segment-compare-chart");
        revenue = new ChartPane(services.charts(), services.theme());
        revenue.setId("segment-revenue-chart");
        feature.setId("segment-compare-feature");
        feature.setVisibleRowCount(16);
        HBox choose = new HBox(8, new Label(Messages.get("segment.compare.feature")), feature);
        choose.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(6, choose, comparison);
        VBox.setVgrow(comparison, Priority.ALWAYS);
        noRevenue.setWrapText(true);
        noRevenue.getStyleClass().add("text-muted");
        noRevenue.setMaxWidth(360);
        getItems().addAll(left, revenueBox);
        setDividerPositions(0.5);
        feature.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!updating && index.intValue() >= 0) {
                model.comparedFeatureProperty().set(index.intValue());
            }
        });
        subscriptions.onChange(model.comparedFeatureProperty(), (obs, old, index) -> showComparison());
        subscriptions.onChange(model.resultProperty(), (obs, old, result) -> show(result));
        show(model.resultProperty().get());
    }

    void dispose() {
        subscriptions.release();
        comparison.dispose();
        revenue.dispose();
    }

    private void show(SegmentationResult result) {
        updating = true;
        feature.getItems().setAll(result == null ? java.util.List.of() : result.featureNames());
        updating = false;
        showComparison();
        if (result != null && SegmentCharts.hasRevenue(result)) {
            revenue.setChart(style -> SegmentCharts.revenueShare(result, style), "segment-revenue-share");
            revenueBox.setCenter(revenue);
        } else {
            revenue.setChart(null, "segment-revenue-share");
            revenueBox.setCenter(noRevenue);
        }
    }

    private void showComparison() {
        SegmentationResult result = model.resultProperty().get();
        int index = model.comparedFeatureProperty().get();
        if (result == null || index >= result.features().size()) {
            comparison.setChart(null, "segment-feature");
            return;
        }
        updating = true;
        feature.getSelectionModel().select(index);
        updating = false;
        comparison.setChart(style -> SegmentCharts.featureComparison(result, index, style),
                "segment-feature-" + result.featureNames().get(index).replaceAll("[^\\p{L}\\p{N}]+", "-"));
    }
}
