package org.marketingworkbench.report.html.sections;

import java.util.List;
import java.util.Locale;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.recommend.EvaluationResult;
import org.marketingworkbench.recommend.RecommendCharts;
import org.marketingworkbench.recommend.RecommendParameters;
import org.marketingworkbench.recommend.RecommendRequest;
import org.marketingworkbench.recommend.RecommendResult;
import org.marketingworkbench.recommend.RecommendTables;
import org.marketingworkbench.report.html.HtmlWriter;
import org.marketingworkbench.report.html.KeyFigure;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.TableOptions;

/** The recommendations: the method and settings, the held-out test beside the two baselines, as figures, bars and a table. */
public final class RecommendSection implements ReportSection {
    public static final String ID = "recommend";

    private final RecommendRequest request;
    private final RecommendResult result;
    private final String sourceName;

    public RecommendSection(RecommendRequest request, RecommendResult result, String sourceName) {
        this.request = request;
        this.result = result;
        this.sourceName = sourceName;
    }

    /** The results the section shows. */
    public RecommendResult result() {
        return result;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Messages.get("report.recommend.title");
    }

    @Override
    public void write(HtmlWriter out) {
        EvaluationResult evaluation = result.evaluation();
        RecommendParameters parameters = request.parameters();
        out.paragraph(Messages.get("report.recommend.method", RecommendTables.rowLabels(request.method()).get(0),
                Messages.get("recommend.similarity." + parameters.similarity().id()), parameters.neighbours(),
                parameters.top(), Messages.get(parameters.excludeBought() ? "report.recommend.excluded"
                        : "report.recommend.included"),
                Messages.get("recommend.holdout." + evaluation.holdout().id()), evaluation.holdout().seed()));
        out.remark(Messages.get("report.recommend.source", sourceName));
        double model = evaluation.model().precisionAtN();
        double popular = evaluation.popularity().precisionAtN();
        out.keyFigures(List.of(
                KeyFigure.of(Messages.get("report.recommend.customers"),
                        String.format(Locale.ROOT, "%,d", result.interactions().userCount())),
                KeyFigure.of(Messages.get("report.recommend.items"),
                        String.format(Locale.ROOT, "%,d", result.interactions().itemCount())),
                KeyFigure.of(Messages.get("recommend.metric.precision", evaluation.top()), format(model)),
                KeyFigure.of(Messages.get("report.recommend.lift", evaluation.top()),
                        popular > 0 ? String.format(Locale.ROOT, "x%.2f", model / popular) : "-")));
        out.paragraph(Messages.get(model > popular ? "report.recommend.verdict.better"
                : "report.recommend.verdict.worse", evaluation.top(), format(model), format(popular)));
        out.chart("evaluation-chart", null, RecommendCharts.evaluation(evaluation, request.method(), ChartStyle.LIGHT),
                CampaignSection.CHART_WIDTH, 380);
        out.table("evaluation", Messages.get("report.recommend.table"),
                RecommendTables.evaluation(evaluation, request.method()), TableOptions.allRows());
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
