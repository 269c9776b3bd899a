package org.marketingworkbench.basket;

import java.util.Objects;
import java.util.Set;
import org.marketingworkbench.common.BadInputException;

/**
 * What to mine. Defaults follow arules: rules need confidence 0.8 unless told, rule length
 * counts the items on both sides, and at minimum length 1 rules with an empty left side
 * ({} => {item}, confidence = the item's support) are kept as arules keeps them.
 *
 * @param minSupport       the least support of an itemset (and so of a rule)
 * @param minConfidence    the least confidence of a rule, 0 to 1
 * @param minLift          the least lift of a rule, 0 for none
 * @param maxLength        the most items in an itemset or rule, 0 for no limit
 * @param minLength        the fewest items in a rule (both sides together), 1 or more
 * @param multiConsequent  allow several items on the right; off: one item, as arules
 * @param include          only these items take part (all when empty)
 * @param exclude          these items never take part
 */
public record MiningParameters(MinimumSupport minSupport, double minConfidence, double minLift, int maxLength,
        int minLength, boolean multiConsequent, Set<String> include, Set<String> exclude) {
    public static final double DEFAULT_CONFIDENCE = 0.8;

    public MiningParameters {
        Objects.requireNonNull(minSupport, "minSupport");
        include = Set.copyOf(include);
        exclude = Set.copyOf(exclude);
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new BadInputException("basket.error.minConfidence", minConfidence);
        }
        if (!(minLift >= 0) || Double.isInfinite(minLift)) {
            throw new BadInputException("basket.error.minLift", minLift);
        }
        if (maxLength < 0 || minLength < 1 || (maxLength > 0 && minLength > maxLength)) {
            throw new BadInputException("basket.error.length", minLength, maxLength);
        }
    }

    /** The given support, confidence 0.8, no lift limit, any length, one item on the right. */
    public static MiningParameters of(MinimumSupport minSupport) {
        return new MiningParameters(minSupport, DEFAULT_CONFIDENCE, 0, 0, 1, false, Set.of(), Set.of());
    }

    public static MiningParameters of(double minSupport, double minConfidence) {
        return of(MinimumSupport.fraction(minSupport)).withMinConfidence(minConfidence);
    }

    public MiningParameters withMinConfidence(double value) {
        return new MiningParameters(minSupport, value, minLift, maxLength, minLength, multiConsequent, include, exclude);
    }

    public MiningParameters withMinLift(double value) {
        return new MiningParameters(minSupport, minConfidence, value, maxLength, minLength, multiConsequent, include, exclude);
    }

    public MiningParameters withLengths(int min, int max) {
        return new MiningParameters(minSupport, minConfidence, minLift, max, min, multiConsequent, include, exclude);
    }

    public MiningParameters withMultiConsequent(boolean value) {
        return new MiningParameters(minSupport, minConfidence, minLift, maxLength, minLength, value, include, exclude);
    }

    public MiningParameters withItems(Set<String> onlyThese, Set<String> notThese) {
        return new MiningParameters(minSupport, minConfidence, minLift, maxLength, minLength, multiConsequent,
                onlyThese, notThese);
    }

    /** Whether an itemset or rule of {@code length} items is within the maximum. */
    boolean fitsMaxLength(int length) {
        return maxLength == 0 || length <= maxLength;
    }
}
