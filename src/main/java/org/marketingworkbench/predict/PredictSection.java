package org.marketingworkbench.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.evaluate.Metrics;
import org.marketingworkbench.report.html.HtmlWriter;
import org.marketingworkbench.report.html.KeyFigure;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.TableOptions;

/**
 * The prediction in the report: what was trained and how it was judged, the headline metrics
 * with the baseline, the ROC curve of every trained model, the confusion matrix, feature
 * importance, the tree's rules and the comparison of the models.
 */
public final class PredictSection implements ReportSection {
    public static final String ID = "predict";
    /** The width of charts in the report, in CSS pixels. */
    static final int CHART_WIDTH = 880;

    private final PredictionResult shown;
    private final List<PredictionResult> others;
    private final double threshold;
    private final String sourceName;

    /**
     * @param shown      the model the figures, importance and rules are of
     * @param others     the other models trained on the same setup (compared in a table), or empty
     * @param threshold  customers scoring at least this are predicted to buy
     * @param sourceName the table the model was trained on
     */
    public PredictSection(PredictionResult shown, List<PredictionResult> others, double threshold, String sourceName) {
        this.shown = shown;
        this.others = List.copyOf(others);
        this.threshold = threshold;
        this.sourceName = sourceName;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Messages.get("report.predict.title");
    }

    @Override
    public void write(HtmlWriter out) {
        Metrics metrics = shown.evaluation().at(threshold);
        out.paragraph(Messages.get("report.predict.method", PredictCharts.modelName(shown), shown.target().column(),
                shown.target().positiveLabel(), shown.target().rows(), PredictTables.describe(shown)));
        out.remark(Messages.get("report.predict.source", sourceName));
        shown.warnings().forEach(out::warning);
        out.keyFigures(List.of(
                new KeyFigure(Messages.get("predict.metric.accuracy"), percent(metrics.accuracy()),
                        Messages.get("predict.metric.baselineDetail", percent(metrics.baselineAccuracy()))),
                new KeyFigure(Messages.get("predict.metric.precision"), percent(metrics.precision()),
                        Messages.get("predict.metric.precisionHelp")),
                new KeyFigure(Messages.get("predict.metric.recall"), percent(metrics.recall()),
                        Messages.get("predict.metric.recallHelp")),
                KeyFigure.of(Messages.get("predict.metric.f1"), String.format(Locale.ROOT, "%.3f", metrics.f1())),
                new KeyFigure(Messages.get("predict.metric.auc"), String.format(Locale.ROOT, "%.3f", metrics.auc()),
                        Messages.get("predict.metric.aucHelp"))));
        out.remark(Messages.get("report.predict.threshold", threshold));
        List<PredictionResult> all = new ArrayList<>();
        all.add(shown);
        all.addAll(others);
        out.chart("roc", Messages.get("report.predict.rocCaption"), PredictCharts.roc(all, ChartStyle.LIGHT), CHART_WIDTH,
                520);
        out.chart("confusion", null, PredictCharts.confusion(metrics.confusion(), shown.target(), threshold,
                ChartStyle.LIGHT), 520, 260);
        out.chart("gains", Messages.get("report.predict.gainsCaption"), PredictCharts.gainsAndLift(shown, ChartStyle.LIGHT),
                CHART_WIDTH, 520);
        int bars = Math.min(PredictCharts.IMPORTANCE_BARS, shown.importance().size());
        out.chart("importance", null, PredictCharts.importance(shown, ChartStyle.LIGHT), CHART_WIDTH, 90 + 26 * bars);
        if (!shown.rules().isEmpty()) {
            out.heading(Messages.get("report.predict.rules"));
            out.table("rules", Messages.get("report.predict.rulesCaption"), PredictTables.rules(shown),
                    TableOptions.defaults());
        }
        if (!others.isEmpty()) {
            out.heading(Messages.get("report.predict.comparison"));
            out.table("comparison", Messages.get("report.predict.comparisonCaption", threshold),
                    PredictTables.comparison(all, threshold), TableOptions.allRows());
        }
        out.table("importance-table", Messages.get("report.predict.importanceCaption"), PredictTables.importance(shown),
                TableOptions.defaults());
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * value);
    }
}
