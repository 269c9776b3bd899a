package org.marketingworkbench.campaign;

import java.util.ArrayList;
import java.util.List;

/**
 * Per segment, the recommended channel (best P at the chosen a) and the conversions to expect
 * from that segment's share of the budget at the channel's past cost per acquisition.
 */
public final class BudgetPlan {

    /** One segment's line of the plan; expected conversions are NaN when the channel's CPA is unknown. */
    public record Line(String segment, String channel, double budget, double costPerAcquisition,
            double expectedConversions, double conversionRate) {
    }

    private BudgetPlan() {
    }

    /** The total budget is shared equally among the segments that have a campaign. */
    public static List<Line> plan(SegmentChannelMatrix matrix, double totalBudget) {
        List<String> planned = matrix.segments().stream().filter(segment -> matrix.bestChannel(segment) != null).toList();
        double share = planned.isEmpty() ? 0 : totalBudget / planned.size();
        List<Line> lines = new ArrayList<>();
        for (String segment : planned) {
            String channel = matrix.bestChannel(segment);
            Campaign cell = matrix.cells().stream().map(ScoredCampaign::campaign)
                    .filter(c -> c.segment().equals(segment) && c.channel().equals(channel)).findFirst().orElseThrow();
            double cpa = cell.costPerAcquisition();
            double expected = Double.isNaN(cpa) || cpa <= 0 ? Double.NaN : share / cpa;
            lines.add(new Line(segment, channel, share, cpa, expected, cell.conversionRate()));
        }
        return List.copyOf(lines);
    }
}
