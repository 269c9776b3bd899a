package org.marketingworkbench.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marketingworkbench.common.BadInputException;

/**
 * Scores campaigns by P(t) = a * R(t) + (1 - a) * V(t), where R is the attention rate and V the
 * conversion rate, each min-max normalised across the compared campaigns so neither dominates
 * by scale. A rate that is the same for every campaign cannot tell them apart: it is
 * normalised to 0.5 for all of them.
 */
public final class CampaignScorer {
    /** The normalised value of a rate that does not vary across the campaigns. */
    public static final double CONSTANT_RATE = 0.5;

    private final List<Campaign> campaigns;
    private final double[] attention;
    private final double[] conversion;

    public CampaignScorer(List<Campaign> campaigns) {
        if (campaigns.isEmpty()) {
            throw new BadInputException("campaign.error.empty");
        }
        this.campaigns = List.copyOf(campaigns);
        this.attention = normalise(campaigns.stream().mapToDouble(Campaign::attentionRate).toArray());
        this.conversion = normalise(campaigns.stream().mapToDouble(Campaign::conversionRate).toArray());
    }

    public List<Campaign> campaigns() {
        return campaigns;
    }

    /** Normalised R of campaign i. */
    public double attention(int i) {
        return attention[i];
    }

    /** Normalised V of campaign i. */
    public double conversion(int i) {
        return conversion[i];
    }

    /** P of campaign i at weight {@code alpha}. */
    public double score(int i, double alpha) {
        return alpha * attention[i] + (1 - alpha) * conversion[i];
    }

    /** All campaigns scored at {@code alpha}, best first; ties keep the input order. */
    public List<ScoredCampaign> rank(double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new BadInputException("campaign.error.alpha", alpha);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < campaigns.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -score(i, alpha)));
        List<ScoredCampaign> ranked = new ArrayList<>();
        int rank = 0;
        double previous = Double.NaN;
        for (int position = 0; position < order.size(); position++) {
            int i = order.get(position);
            double value = score(i, alpha);
            if (Double.isNaN(previous) || Math.abs(value - previous) > 1e-12) {
                rank = position + 1;
                previous = value;
            }
            ranked.add(new ScoredCampaign(campaigns.get(i), attention[i], conversion[i], value, rank));
        }
        return List.copyOf(ranked);
    }

    static double[] normalise(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        double[] normalised = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            normalised[i] = max > min ? (values[i] - min) / (max - min) : CONSTANT_RATE;
        }
        return normalised;
    }
}
