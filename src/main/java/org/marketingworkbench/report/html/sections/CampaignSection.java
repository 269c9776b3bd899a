package org.marketingworkbench.report.html.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marketingworkbench.campaign.BudgetPlan;
import org.marketingworkbench.campaign.CampaignAnalysis;
import org.marketingworkbench.campaign.CampaignCharts;
import org.marketingworkbench.campaign.CampaignTables;
import org.marketingworkbench.campaign.ScoredCampaign;
import org.marketingworkbench.campaign.TopChanges;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.HtmlWriter;
import org.marketingworkbench.report.html.KeyFigure;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.TableOptions;

/**
 * The campaign scores: how P is computed, the leader, the ranking and segment x channel charts,
 * where the leader changes with a, and every campaign's figures.
 */
public final class CampaignSection implements ReportSection {
    public static final String ID = "campaigns";
    /** The width of charts in the report, in CSS pixels. */
    static final int CHART_WIDTH = 880;
    /** The ranking's columns a reader needs; the CSV has all eighteen. */
    static final List<String> RANKING_COLUMNS = List.of("rank", "campaign", "channel", "segment", "P", "R", "V",
            "reach", "conversions", "cost", "revenue", "cpa", "roi");

    private final CampaignAnalysis analysis;
    private final List<BudgetPlan.Line> plan;
    private final double budget;
    private final String sourceName;

    /**
     * @param plan       the budget plan, or empty to leave it out
     * @param budget     the budget the plan shares out
     * @param sourceName the file the campaigns came from
     */
    public CampaignSection(CampaignAnalysis analysis, List<BudgetPlan.Line> plan, double budget, String sourceName) {
        this.analysis = analysis;
        this.plan = List.copyOf(plan);
        this.budget = budget;
        this.sourceName = sourceName;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Messages.get("report.campaign.title");
    }

    @Override
    public void write(HtmlWriter out) {
        ScoredCampaign best = analysis.ranking().get(0);
        out.paragraph(Messages.get("report.campaign.method", analysis.alpha()));
        out.remark(Messages.get("report.campaign.source", sourceName));
        out.keyFigures(List.of(
                new KeyFigure(Messages.get("report.campaign.best"), best.campaign().name(), detail(best)),
                KeyFigure.of(Messages.get("report.campaign.compared"), Integer.toString(analysis.ranking().size())),
                KeyFigure.of(Messages.get("report.campaign.alpha"), String.format(Locale.ROOT, "%.2f", analysis.alpha())),
                KeyFigure.of(Messages.get("report.campaign.segments"),
                        Integer.toString(analysis.matrix().segments().size()))));
        int bars = Math.min(CampaignCharts.RANKING_BARS, analysis.ranking().size());
        out.chart("ranking-chart", null, CampaignCharts.ranking(analysis, ChartStyle.LIGHT), CHART_WIDTH, 90 + 26 * bars);
        out.heading(Messages.get("report.campaign.bySegment"));
        out.bullets(bestBySegment());
        out.chart("heat-map", Messages.get("report.campaign.heatMapCaption"),
                CampaignCharts.heatMap(analysis, ChartStyle.LIGHT), CHART_WIDTH,
                120 + 40 * analysis.matrix().segments().size());
        out.heading(Messages.get("report.campaign.sensitivity"));
        out.bullets(changes());
        out.heading(Messages.get("report.campaign.tables"));
        out.table("ranking", Messages.get("report.campaign.rankingTable"), CampaignTables.ranking(analysis.ranking()),
                TableOptions.allRows().showingColumns(RANKING_COLUMNS));
        out.table("segment-channel", Messages.get("report.campaign.matrixTable"),
                CampaignTables.matrix(analysis.matrix()), TableOptions.allRows());
        if (!plan.isEmpty()) {
            out.table("plan", Messages.get("report.campaign.planTable", budget), CampaignTables.plan(plan),
                    TableOptions.allRows());
        }
    }

    private List<String> bestBySegment() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, ScoredCampaign> entry : analysis.bestBySegment().entrySet()) {
            String segment = entry.getKey().isEmpty() ? Messages.get("campaign.allCustomers") : entry.getKey();
            ScoredCampaign scored = entry.getValue();
            lines.add(Messages.get("report.campaign.segmentBest", segment, scored.campaign().name(),
                    scored.campaign().channel().isEmpty() ? "-" : scored.campaign().channel(), scored.score()));
        }
        return lines;
    }

    private List<String> changes() {
        if (analysis.topChanges().isEmpty()) {
            return List.of(Messages.get("report.campaign.noChange", analysis.ranking().get(0).campaign().label()));
        }
        List<String> lines = new ArrayList<>();
        for (TopChanges.Change change : analysis.topChanges()) {
            lines.add(Messages.get("report.campaign.change", change.alpha(),
                    analysis.campaigns().get(change.from()).label(), analysis.campaigns().get(change.to()).label()));
        }
        return lines;
    }

    /** "WeChat, Young · P = 0.83", or only the score when the campaign has no channel or segment. */
    private static String detail(ScoredCampaign scored) {
        String where = String.join(", ", java.util.stream.Stream.of(scored.campaign().channel(), scored.campaign().segment())
                .filter(part -> !part.isBlank()).toList());
        return where.isEmpty() ? Messages.get("report.campaign.bestScore", scored.score())
                : Messages.get("report.campaign.bestDetail", where, scored.score());
    }
}
