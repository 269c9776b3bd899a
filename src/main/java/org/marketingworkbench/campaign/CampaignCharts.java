package org.marketingworkbench.campaign;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.marketingworkbench.chart.BarCharts;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.chart.HeatMapChart;
import org.marketingworkbench.i18n.Messages;

/** The Campaigns charts, shared by the page and the report. */
public final class CampaignCharts {
    /** Bars shown in the ranking chart; the table holds every campaign. */
    public static final int RANKING_BARS = 20;

    private CampaignCharts() {
    }

    /** P per campaign, best at the top, the leader highlighted. */
    public static JFreeChart ranking(CampaignAnalysis analysis, ChartStyle style) {
        List<ScoredCampaign> shown = analysis.ranking().subList(0, Math.min(RANKING_BARS, analysis.ranking().size()));
        List<String> labels = shown.stream().map(s -> s.campaign().label()).toList();
        double[] values = shown.stream().mapToDouble(ScoredCampaign::score).toArray();
        String title = Messages.get("campaign.chart.ranking", analysis.alpha());
        if (analysis.ranking().size() > shown.size()) {
            title += " " + Messages.get("campaign.chart.topOf", shown.size(), analysis.ranking().size());
        }
        return BarCharts.horizontal(title, labels, values, Messages.get("campaign.chart.score"), "0.00", 0, style);
    }

    /** P per segment and channel, the best channel of each segment starred. */
    public static JFreeChart heatMap(CampaignAnalysis analysis, ChartStyle style) {
        SegmentChannelMatrix matrix = analysis.matrix();
        List<String> rows = matrix.segments().stream().map(s -> s.isEmpty() ? Messages.get("campaign.allCustomers") : s)
                .toList();
        List<String> columns = matrix.channels().stream().map(c -> c.isEmpty() ? "-" : c).toList();
        return HeatMapChart.create(Messages.get("campaign.chart.heatMap", analysis.alpha()), rows, columns,
                matrix.score(), HeatMapChart.Scale.SEQUENTIAL, 1, value -> String.format(java.util.Locale.ROOT, "%.2f", value),
                matrix.best(), style);
    }
}
