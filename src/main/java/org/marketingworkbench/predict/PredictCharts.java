package org.marketingworkbench.predict;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.marketingworkbench.chart.BarCharts;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.chart.HeatMapChart;
import org.marketingworkbench.chart.Palette;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.evaluate.ConfusionMatrix;
import org.marketingworkbench.predict.evaluate.GainsPoint;
import org.marketingworkbench.predict.evaluate.RocPoint;
import org.marketingworkbench.predict.evaluate.ScoreTable;
import org.marketingworkbench.predict.explain.FeatureImportance;
import org.marketingworkbench.predict.explain.ImportanceMethod;
import org.marketingworkbench.predict.setup.BinaryTarget;

/** The Predict charts, shared by the page and the report (built headless from the results). */
public final class PredictCharts {
    /** Bars in the importance chart; the CSV has every feature. */
    public static final int IMPORTANCE_BARS = 15;
    /** Thresholds drawn in the threshold curve: every 0.01. */
    static final int THRESHOLD_STEPS = 100;
    private static final BasicStroke LINE = new BasicStroke(2f);
    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);
    private static final Color REFERENCE = new Color(0x8C8C8C);

    private PredictCharts() {
    }

    /** The ROC curve of every trained model (label and AUC in the legend) against the diagonal of guessing. */
    public static JFreeChart roc(List<PredictionResult> results, ChartStyle style) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (PredictionResult result : results) {
            XYSeries series = new XYSeries(Messages.get("predict.chart.rocSeries", modelName(result),
                    result.evaluation().metrics().auc()), false, true);
            for (RocPoint point : result.evaluation().roc()) {
                series.add(point.falsePositiveRate(), point.truePositiveRate());
            }
            data.addSeries(series);
        }
        data.addSeries(line(Messages.get("predict.chart.chance"), 0, 0, 1, 1));
        XYPlot plot = linePlot(data, Messages.get("predict.chart.falsePositiveRate"),
                Messages.get("predict.chart.truePositiveRate"));
        rateAxes(plot);
        return finish(Messages.get("predict.chart.roc"), plot, style, results.size(), true);
    }

    /** Cumulative gains (share of buyers found) and lift over the share of customers contacted, best scores first. */
    public static JFreeChart gainsAndLift(PredictionResult result, ChartStyle style) {
        XYSeries gains = new XYSeries(Messages.get("predict.chart.gainsSeries", modelName(result)), false, true);
        XYSeries lift = new XYSeries(Messages.get("predict.chart.liftSeries"), false, true);
        gains.add(0, 0);
        for (GainsPoint point : result.evaluation().gains()) {
            gains.add(point.contactedShare(), point.buyersShare());
            lift.add(point.contactedShare(), point.lift());
        }
        XYSeriesCollection gainsData = new XYSeriesCollection(gains);
        gainsData.addSeries(line(Messages.get("predict.chart.random"), 0, 0, 1, 1));
        XYSeriesCollection liftData = new XYSeriesCollection(lift);
        liftData.addSeries(line(Messages.get("predict.chart.noLift"), 0.01, 1, 1, 1));
        NumberAxis contacted = percentAxis(Messages.get("predict.chart.contacted"));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(contacted);
        XYPlot gainsPlot = linePlot(gainsData, null, Messages.get("predict.chart.buyersFound"));
        ((NumberAxis) gainsPlot.getRangeAxis()).setNumberFormatOverride(new DecimalFormat("0%"));
        gainsPlot.getRangeAxis().setRange(0, 1.02);
        XYPlot liftPlot = linePlot(liftData, null, Messages.get("predict.chart.lift"));
        ((NumberAxis) liftPlot.getRangeAxis()).setAutoRangeIncludesZero(true);
        combined.add(gainsPlot, 3);
        combined.add(liftPlot, 2);
        combined.setGap(12);
        JFreeChart chart = new JFreeChart(Messages.get("predict.chart.gains"), JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        style.apply(chart);
        paintLines(gainsPlot, 1, true);
        paintLines(liftPlot, 1, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    /** Precision, recall and F1 at every threshold from 0 to 1, with the chosen threshold marked. */
    public static JFreeChart thresholdCurve(ScoreTable scores, double threshold, ChartStyle style) {
        XYSeries precision = new XYSeries(Messages.get("predict.metric.precision"), false, true);
        XYSeries recall = new XYSeries(Messages.get("predict.metric.recall"), false, true);
        XYSeries f1 = new XYSeries(Messages.get("predict.metric.f1"), false, true);
        for (int step = 0; step <= THRESHOLD_STEPS; step++) {
            double cut = (double) step / THRESHOLD_STEPS;
            ConfusionMatrix confusion = scores.confusionAt(cut);
            // no customer predicted to buy: precision is undefined, so the line stops rather than dropping to 0
            if (confusion.truePositives() + confusion.falsePositives() > 0) {
                precision.add(cut, confusion.precision());
            }
            recall.add(cut, confusion.recall());
            f1.add(cut, confusion.f1());
        }
        XYSeriesCollection data = new XYSeriesCollection(precision);
        data.addSeries(recall);
        data.addSeries(f1);
        XYPlot plot = linePlot(data, Messages.get("predict.chart.threshold"), Messages.get("predict.chart.share"));
        rateAxes(plot);
        ValueMarker marker = new ValueMarker(threshold, style.text(), DASHED);
        plot.addDomainMarker(marker);
        return finish(Messages.get("predict.chart.thresholdTitle", threshold), plot, style, 3, false);
    }

    /** Feature importance, largest at the top, for the most important {@value #IMPORTANCE_BARS} features. */
    public static JFreeChart importance(PredictionResult result, ChartStyle style) {
        List<FeatureImportance> shown = result.importance().subList(0,
                Math.min(IMPORTANCE_BARS, result.importance().size()));
        List<String> labels = shown.stream().map(FeatureImportance::feature).toList();
        double[] values = shown.stream().mapToDouble(FeatureImportance::importance).toArray();
        ImportanceMethod method = shown.isEmpty() ? ImportanceMethod.IMPURITY : shown.get(0).method();
        String axis = Messages.get(method == ImportanceMethod.IMPURITY ? "predict.chart.importanceImpurity"
                : "predict.chart.importancePermutation");
        JFreeChart chart = BarCharts.horizontal(Messages.get("predict.chart.importance", modelName(result)), labels,
                values, axis, "0.0%", 0, style);
        // room at the bar ends for the written shares
        ((org.jfree.chart.plot.CategoryPlot) chart.getPlot()).getRangeAxis().setUpperMargin(0.3);
        return chart;
    }

    /** The confusion matrix: actual outcome down, predicted across, counts written, coloured by share of all rows. */
    public static JFreeChart confusion(ConfusionMatrix matrix, BinaryTarget target, double threshold, ChartStyle style) {
        double total = Math.max(1, matrix.total());
        double[][] shares = {
            {matrix.truePositives() / total, matrix.falseNegatives() / total},
            {matrix.falsePositives() / total, matrix.trueNegatives() / total}};
        List<String> actual = List.of(Messages.get("predict.confusion.actual", target.positiveLabel()),
                Messages.get("predict.confusion.actual", target.negativeLabel()));
        List<String> predicted = List.of(Messages.get("predict.confusion.predicted", target.positiveLabel()),
                Messages.get("predict.confusion.predicted", target.negativeLabel()));
        return HeatMapChart.create(Messages.get("predict.chart.confusion", threshold), actual, predicted, shares,
                HeatMapChart.Scale.SEQUENTIAL, 1,
                share -> String.format(Locale.getDefault(), "%,d", Math.round(share * total)), null, style);
    }

    /** The model's translated name, e.g. "decision tree". */
    public static String modelName(PredictionResult result) {
        return result.request().model().kind().label();
    }

    private static XYSeries line(String name, double x0, double y0, double x1, double y1) {
        XYSeries series = new XYSeries(name, false, true);
        series.add(x0, y0);
        series.add(x1, y1);
        return series;
    }

    private static XYPlot linePlot(XYSeriesCollection data, String xLabel, String yLabel) {
        NumberAxis x = new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        return new XYPlot(data, x, y, renderer);
    }

    private static void rateAxes(XYPlot plot) {
        plot.getDomainAxis().setRange(0, 1);
        plot.getRangeAxis().setRange(0, 1.02);
    }

    private static NumberAxis percentAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(new DecimalFormat("0%"));
        axis.setRange(0, 1);
        return axis;
    }

    private static JFreeChart finish(String title, XYPlot plot, ChartStyle style, int modelSeries, boolean lastIsReference) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style.apply(chart);
        paintLines(plot, modelSeries, lastIsReference);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    /** The first {@code modelSeries} series in palette colours, a trailing reference line grey and dashed. */
    private static void paintLines(XYPlot plot, int modelSeries, boolean lastIsReference) {
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int series = 0; series < modelSeries; series++) {
            renderer.setSeriesPaint(series, Palette.category(series));
            renderer.setSeriesStroke(series, LINE);
        }
        if (lastIsReference) {
            renderer.setSeriesPaint(modelSeries, REFERENCE);
            renderer.setSeriesStroke(modelSeries, DASHED);
        }
    }
}
