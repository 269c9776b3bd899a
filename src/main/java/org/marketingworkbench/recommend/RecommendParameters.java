package org.marketingworkbench.recommend;

import java.time.LocalDate;
import java.util.Optional;
import org.marketingworkbench.common.BadInputException;

/**
 * The settings of item-based recommendations.
 *
 * @param similarity    how item similarity is measured
 * @param neighbours    how many most-similar items to keep per item (k)
 * @param top           how many items to recommend per customer (N)
 * @param excludeBought leave out the items a customer already has
 * @param halfLifeDays  when present, a customer's weight for an item halves every this many days of age
 * @param referenceDate the date ages are measured from; the latest date in the data when empty
 */
public record RecommendParameters(Similarity similarity, int neighbours, int top, boolean excludeBought,
        Optional<Double> halfLifeDays, Optional<LocalDate> referenceDate) {

    public static final int DEFAULT_NEIGHBOURS = 50;
    public static final int DEFAULT_TOP = 10;

    public RecommendParameters {
        if (neighbours < 1) {
            throw new BadInputException("recommend.error.neighbours", neighbours);
        }
        if (top < 1) {
            throw new BadInputException("recommend.error.top", top);
        }
        if (halfLifeDays.isPresent() && !(halfLifeDays.get() > 0)) {
            throw new BadInputException("recommend.error.halfLife", halfLifeDays.get());
        }
    }

    /** Cosine, 50 neighbours, top 10, bought items left out, no decay. */
    public static RecommendParameters defaults() {
        return new RecommendParameters(Similarity.COSINE, DEFAULT_NEIGHBOURS, DEFAULT_TOP, true, Optional.empty(),
                Optional.empty());
    }

    public RecommendParameters withSimilarity(Similarity value) {
        return new RecommendParameters(value, neighbours, top, excludeBought, halfLifeDays, referenceDate);
    }

    public RecommendParameters withNeighbours(int value) {
        return new RecommendParameters(similarity, value, top, excludeBought, halfLifeDays, referenceDate);
    }

    public RecommendParameters withTop(int value) {
        return new RecommendParameters(similarity, neighbours, value, excludeBought, halfLifeDays, referenceDate);
    }

    public RecommendParameters withExcludeBought(boolean value) {
        return new RecommendParameters(similarity, neighbours, top, value, halfLifeDays, referenceDate);
    }

    /** Decays each weight by half every {@code days} days before the reference date. */
    public RecommendParameters withHalfLife(double days, LocalDate asOf) {
        return new RecommendParameters(similarity, neighbours, top, excludeBought, Optional.of(days),
                Optional.ofNullable(asOf));
    }
}
