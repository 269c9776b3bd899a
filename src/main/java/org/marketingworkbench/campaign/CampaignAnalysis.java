package org.marketingworkbench.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the Campaigns page, the report and the CLI show for one value of a: the ranking,
 * where the top campaign changes (indices into {@code campaigns}), the segment x channel
 * matrix, and the best campaign per segment.
 */
public record CampaignAnalysis(double alpha, List<Campaign> campaigns, List<ScoredCampaign> ranking, List<TopChanges.Change> topChanges,
        SegmentChannelMatrix matrix, Map<String, ScoredCampaign> bestBySegment) {

    public static CampaignAnalysis of(List<Campaign> campaigns, double alpha) {
        CampaignScorer scorer = new CampaignScorer(campaigns);
        List<ScoredCampaign> ranking = scorer.rank(alpha);
        Map<String, ScoredCampaign> best = new LinkedHashMap<>();
        for (ScoredCampaign scored : ranking) {
            best.putIfAbsent(scored.campaign().segment(), scored);
        }
        return new CampaignAnalysis(alpha, scorer.campaigns(), ranking, TopChanges.of(scorer), SegmentChannelMatrix.of(campaigns, alpha),
                java.util.Collections.unmodifiableMap(best));
    }
}
