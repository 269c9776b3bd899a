package org.marketingworkbench.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * P per segment and channel: the campaigns of one (segment, channel) cell are added up, then
 * the cells are scored against each other like campaigns, so the heat map compares channels
 * within and across segments on one scale.
 *
 * @param segments the row labels
 * @param channels the column labels
 * @param score    score[s][c], NaN where no campaign ran
 * @param best     best[s]: the index of the best channel of segment s
 * @param cells    the scored cells (a cell's campaign name is its channel)
 */
public record SegmentChannelMatrix(List<String> segments, List<String> channels, double[][] score, int[] best,
        List<ScoredCampaign> cells) {

    public static SegmentChannelMatrix of(List<Campaign> campaigns, double alpha) {
        Map<List<String>, Campaign> totals = new LinkedHashMap<>();
        for (Campaign campaign : campaigns) {
            List<String> key = List.of(campaign.segment(), campaign.channel());
            totals.merge(key, new Campaign(campaign.channel(), campaign.channel(), campaign.segment(), campaign.reach(),
                    campaign.engagements(), campaign.conversions(), campaign.cost(), campaign.revenue()),
                    CampaignSums::add);
        }
        List<String> segments = new ArrayList<>(new TreeSet<>(totals.keySet().stream().map(k -> k.get(0)).toList()));
        List<String> channels = new ArrayList<>(new TreeSet<>(totals.keySet().stream().map(k -> k.get(1)).toList()));
        List<Campaign> cells = new ArrayList<>(totals.values());
        CampaignScorer scorer = new CampaignScorer(cells);
        double[][] score = new double[segments.size()][channels.size()];
        for (double[] row : score) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (int i = 0; i < cells.size(); i++) {
            Campaign cell = cells.get(i);
            score[segments.indexOf(cell.segment())][channels.indexOf(cell.channel())] = scorer.score(i, alpha);
        }
        int[] best = new int[segments.size()];
        for (int s = 0; s < segments.size(); s++) {
            int top = -1;
            for (int c = 0; c < channels.size(); c++) {
                if (!Double.isNaN(score[s][c]) && (top < 0 || score[s][c] > score[s][top])) {
                    top = c;
                }
            }
            best[s] = top;
        }
        return new SegmentChannelMatrix(List.copyOf(segments), List.copyOf(channels), score, best, scorer.rank(alpha));
    }

    /** The best channel of {@code segment}, or null when it has no campaign. */
    public String bestChannel(String segment) {
        int s = segments.indexOf(segment);
        return s < 0 || best[s] < 0 ? null : channels.get(best[s]);
    }
}
