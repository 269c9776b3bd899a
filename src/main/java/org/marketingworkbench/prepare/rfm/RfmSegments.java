package org.marketingworkbench.prepare.rfm;

import java.util.List;

/**
 * The rule table that names RFM segments, as data the Prepare page shows. Each rule is a rectangle
 * on the grid of the recency score R (1-5) and the frequency-monetary score FM, the mean of F and M
 * rounded half up ((F + M + 1) / 2 in whole numbers). The rules cover the 25 cells of the grid
 * exactly once, in the layout of the common R x FM segment map: recent and frequent customers top
 * right (Champions), long-gone big spenders bottom left (Can't lose them).
 */
public final class RfmSegments {

    /**
     * One rule: customers whose scores lie in both ranges (inclusive) belong to {@code segment}.
     *
     * @param segment the segment
     * @param recencyFrom lowest R score
     * @param recencyTo highest R score
     * @param frequencyMonetaryFrom lowest FM score
     * @param frequencyMonetaryTo highest FM score
     */
    public record Rule(RfmSegment segment, int recencyFrom, int recencyTo, int frequencyMonetaryFrom,
            int frequencyMonetaryTo) {

        boolean covers(int recency, int frequencyMonetary) {
            return recency >= recencyFrom && recency <= recencyTo && frequencyMonetary >= frequencyMonetaryFrom
                    && frequencyMonetary <= frequencyMonetaryTo;
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule(RfmSegment.CHAMPIONS, 5, 5, 4, 5),
            new Rule(RfmSegment.LOYAL, 3, 4, 4, 5),
            new Rule(RfmSegment.POTENTIAL_LOYALIST, 4, 5, 2, 3),
            new Rule(RfmSegment.NEW, 5, 5, 1, 1),
            new Rule(RfmSegment.PROMISING, 4, 4, 1, 1),
            new Rule(RfmSegment.NEED_ATTENTION, 3, 3, 3, 3),
            new Rule(RfmSegment.ABOUT_TO_SLEEP, 3, 3, 1, 2),
            new Rule(RfmSegment.AT_RISK, 2, 2, 3, 5),
            new Rule(RfmSegment.AT_RISK, 1, 1, 3, 3),
            new Rule(RfmSegment.CANT_LOSE_THEM, 1, 1, 4, 5),
            new Rule(RfmSegment.HIBERNATING, 2, 2, 1, 2),
            new Rule(RfmSegment.LOST, 1, 1, 1, 2));

    private RfmSegments() {
    }

    /** The rules, in the order the page lists them. */
    public static List<Rule> rules() {
        return RULES;
    }

    /** The combined frequency-monetary score: the mean of F and M, rounded half up. */
    public static int frequencyMonetary(int frequency, int monetary) {
        return (frequency + monetary + 1) / 2;
    }

    /** The segment of a customer with scores R, F and M (each 1-5). */
    public static RfmSegment segmentOf(int recency, int frequency, int monetary) {
        int frequencyMonetary = frequencyMonetary(frequency, monetary);
        return RULES.stream().filter(rule -> rule.covers(recency, frequencyMonetary)).findFirst()
                .map(Rule::segment)
                .orElseThrow(() -> new IllegalArgumentException("scores out of 1-5: " + recency + ", "
                        + frequency + ", " + monetary));
    }
}
