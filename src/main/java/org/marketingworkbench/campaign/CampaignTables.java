package org.marketingworkbench.campaign;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The campaign results as tables, for the page's table views, CSV exports and the report. */
public final class CampaignTables {

    private CampaignTables() {
    }

    /** Every figure of every campaign, best first. */
    public static Table ranking(List<ScoredCampaign> ranking) {
        Table table = Table.create("campaigns",
                IntColumn.create("rank"), StringColumn.create("campaign"), StringColumn.create("channel"),
                StringColumn.create("segment"), DoubleColumn.create("P"), DoubleColumn.create("R"),
                DoubleColumn.create("V"), DoubleColumn.create("attention_rate"), DoubleColumn.create("conversion_rate"),
                LongColumn.create("reach"), LongColumn.create("engagements"), LongColumn.create("conversions"),
                DoubleColumn.create("cost"), DoubleColumn.create("revenue"), DoubleColumn.create("ctr"),
                DoubleColumn.create("cpa"), DoubleColumn.create("roi"), DoubleColumn.create("revenue_per_reach"));
        for (ScoredCampaign scored : ranking) {
            Campaign c = scored.campaign();
            table.intColumn("rank").append(scored.rank());
            table.stringColumn("campaign").append(c.name());
            table.stringColumn("channel").append(c.channel());
            table.stringColumn("segment").append(c.segment());
            table.doubleColumn("P").append(scored.score());
            table.doubleColumn("R").append(scored.attention());
            table.doubleColumn("V").append(scored.conversion());
            table.doubleColumn("attention_rate").append(c.attentionRate());
            table.doubleColumn("conversion_rate").append(c.conversionRate());
            table.longColumn("reach").append(c.reach());
            table.longColumn("engagements").append(c.engagements());
            table.longColumn("conversions").append(c.conversions());
            table.doubleColumn("cost").append(c.cost());
            table.doubleColumn("revenue").append(c.revenue());
            table.doubleColumn("ctr").append(c.clickThroughRate());
            table.doubleColumn("cpa").append(finiteOrMissing(c.costPerAcquisition()));
            table.doubleColumn("roi").append(finiteOrMissing(c.returnOnInvestment()));
            table.doubleColumn("revenue_per_reach").append(finiteOrMissing(c.revenuePerReach()));
        }
        return table;
    }

    /** P per segment (rows) and channel (columns), with the best channel of each segment. */
    public static Table matrix(SegmentChannelMatrix matrix) {
        Table table = Table.create("segment_channel", StringColumn.create("segment"));
        for (String channel : matrix.channels()) {
            table.addColumns(DoubleColumn.create(channel));
        }
        table.addColumns(StringColumn.create("best_channel"));
        for (int s = 0; s < matrix.segments().size(); s++) {
            table.stringColumn("segment").append(matrix.segments().get(s));
            for (int c = 0; c < matrix.channels().size(); c++) {
                table.doubleColumn(c + 1).append(matrix.score()[s][c]);
            }
            String best = matrix.bestChannel(matrix.segments().get(s));
            table.stringColumn("best_channel").append(best == null ? "" : best);
        }
        return table;
    }

    public static Table plan(List<BudgetPlan.Line> plan) {
        Table table = Table.create("plan", StringColumn.create("segment"), StringColumn.create("channel"),
                DoubleColumn.create("budget"), DoubleColumn.create("cpa"), DoubleColumn.create("conversion_rate"),
                DoubleColumn.create("expected_conversions"));
        for (BudgetPlan.Line line : plan) {
            table.stringColumn("segment").append(line.segment());
            table.stringColumn("channel").append(line.channel());
            table.doubleColumn("budget").append(line.budget());
            table.doubleColumn("cpa").append(finiteOrMissing(line.costPerAcquisition()));
            table.doubleColumn("conversion_rate").append(line.conversionRate());
            table.doubleColumn("expected_conversions").append(finiteOrMissing(line.expectedConversions()));
        }
        return table;
    }

    private static double finiteOrMissing(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }
}
