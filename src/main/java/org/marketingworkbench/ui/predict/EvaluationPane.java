package org.marketingworkbench.ui.predict;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.PredictCharts;
import org.marketingworkbench.predict.PredictionResult;
import org.marketingworkbench.predict.evaluate.Evaluation;
import org.marketingworkbench.predict.evaluate.Metrics;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.ViewServices;

/**
 * How well the model shown predicts on customers it did not learn from: the headline figures
 * with the baseline, the threshold and confusion matrix, the ROC, gains and threshold charts,
 * and the comparison of every model trained.
 */
final class EvaluationPane extends VBox {
    /** Title, hint and column headers of the comparison, and the height of one of its rows, in pixels. */
    private static final double COMPARISON_HEAD = 92;
    private static final double COMPARISON_ROW = 27;
    private final PredictViewModel model;
    private final Label note = new Label();
    private final MetricCard accuracy = new MetricCard(Messages.get("predict.metric.accuracy"), "");
    private final MetricCard precision = new MetricCard(Messages.get("predict.metric.precision"),
            Messages.get("predict.metric.precisionHelp"));
    private final MetricCard recall = new MetricCard(Messages.get("predict.metric.recall"),
            Messages.get("predict.metric.recallHelp"));
    private final MetricCard f1 = new MetricCard(Messages.get("predict.metric.f1"),
            Messages.get("predict.page.f1Help"));
    private final MetricCard auc = new MetricCard(Messages.get("predict.metric.auc"),
            Messages.get("predict.metric.aucHelp"));
    private final ThresholdPane threshold;
    private final ChartPane roc;
    private final ChartPane gains;
    private final ChartPane thresholdCurve;
    private final ComparisonTable comparison;
    private final ChangeListener<Metrics> metricsChanged = (obs, old, metrics) -> showMetrics(metrics);
    private final ChangeListener<PredictionResult> selectedChanged = (obs, old, result) -> showResult(result);
    private final ListChangeListener<PredictionResult> resultsChanged = change -> showResults();

    EvaluationPane(PredictViewModel model, ViewServices services) {
        super(10);
        this.model = model;
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        HBox cards = new HBox(8, accuracy, auc, precision, recall, f1);
        cards.getChildren().forEach(card -> HBox.setHgrow(card, Priority.ALWAYS));
        cards.setId("predict-metrics");
        threshold = new ThresholdPane(model);
        roc = chartPane(services, "predict-roc");
        gains = chartPane(services, "predict-gains");
        thresholdCurve = chartPane(services, "predict-threshold-curve");
        TabPane charts = new TabPane(new Tab(Messages.get("predict.page.tab.roc"), roc),
                new Tab(Messages.get("predict.page.tab.gains"), gains),
                new Tab(Messages.get("predict.page.tab.thresholdCurve"), thresholdCurve));
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        charts.setId("predict-evaluation-charts");
        ScrollPane thresholdScroll = new ScrollPane(threshold);
        thresholdScroll.setFitToWidth(true);
        SplitPane middle = new SplitPane(thresholdScroll, charts);
        middle.setDividerPositions(0.38);
        comparison = new ComparisonTable(model, services);
        VBox.setVgrow(middle, Priority.ALWAYS);
        getChildren().addAll(note, cards, middle, comparison);
        getStyleClass().add("predict-evaluation");
        model.metricsProperty().addListener(metricsChanged);
        model.selectedProperty().addListener(selectedChanged);
        model.results().addListener(resultsChanged);
        showResult(model.selectedProperty().get());
        showResults();
    }

    void dispose() {
        model.metricsProperty().removeListener(metricsChanged);
        model.selectedProperty().removeListener(selectedChanged);
        model.results().removeListener(resultsChanged);
        threshold.dispose();
        comparison.dispose();
        List.of(roc, gains, thresholdCurve).forEach(ChartPane::dispose);
    }

    private static ChartPane chartPane(ViewServices services, String id) {
        ChartPane pane = new ChartPane(services.charts(), services.theme());
        pane.setId(id);
        return pane;
    }

    private void showResults() {
        List<PredictionResult> all = List.copyOf(model.results());
        roc.setChart(all.isEmpty() ? null : style -> PredictCharts.roc(selectedFirst(all), style), "predict-roc");
        comparison.setVisible(all.size() > 1);
        comparison.setManaged(all.size() > 1);
        // as tall as its rows (up to five), so the charts above keep the room they need to be read
        double height = COMPARISON_HEAD + COMPARISON_ROW * Math.min(5, all.size());
        comparison.setPrefHeight(height);
        comparison.setMinHeight(height);
    }

    private List<PredictionResult> selectedFirst(List<PredictionResult> all) {
        PredictionResult shown = model.selectedProperty().get();
        java.util.ArrayList<PredictionResult> ordered = new java.util.ArrayList<>();
        if (shown != null) {
            ordered.add(shown);
        }
        all.stream().filter(result -> result != shown).forEach(ordered::add);
        return ordered;
    }

    private void showResult(PredictionResult result) {
        showResults();
        if (result == null) {
            note.setText(Messages.get("predict.page.noResult"));
            gains.setChart(null, "predict-gains");
            showMetrics(null);
            return;
        }
        Evaluation evaluation = result.evaluation();
        note.setText(evaluation.crossValidation()
                .map(cv -> Messages.get("predict.page.cvNote", cv.folds(), evaluation.scores().size(),
                        cv.mean().accuracy(), cv.mean().auc()))
                .orElseGet(() -> Messages.get("predict.page.holdoutNote", evaluation.scores().size(),
                        evaluation.scores().positives())) + " " + String.join(" ", result.warnings()));
        gains.setChart(style -> PredictCharts.gainsAndLift(result, style), "predict-gains");
        showMetrics(model.metricsProperty().get());
    }

    private void showMetrics(Metrics metrics) {
        PredictionResult result = model.selectedProperty().get();
        if (metrics == null || result == null) {
            List.of(accuracy, precision, recall, f1, auc).forEach(card -> card.show("–"));
            accuracy.showDetail("");
            thresholdCurve.setChart(null, "predict-threshold-curve");
            return;
        }
        accuracy.show(percent(metrics.accuracy()));
        accuracy.showDetail(Messages.get("predict.metric.baselineDetail", percent(metrics.baselineAccuracy())));
        precision.show(percent(metrics.precision()));
        recall.show(percent(metrics.recall()));
        f1.show(String.format(Locale.getDefault(), "%.3f", metrics.f1()));
        auc.show(String.format(Locale.getDefault(), "%.3f", metrics.auc()));
        double cut = metrics.threshold();
        thresholdCurve.setChart(style -> PredictCharts.thresholdCurve(result.evaluation().scores(), cut, style),
                "predict-threshold-curve");
    }

    private static String percent(double value) {
        return String.format(Locale.getDefault(), "%.1f%%", 100 * value);
    }
}
