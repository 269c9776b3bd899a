package org.marketingworkbench.project;

import java.util.List;
import java.util.Set;
import org.marketingworkbench.basket.BasketInput;
import org.marketingworkbench.basket.MiningParameters;
import org.marketingworkbench.basket.MinimumSupport;

/**
 * The Baskets page's parameters in a project.
 *
 * @param input           the source id the baskets come from, or {@link Pages#PREPARED_INPUT}
 * @param baskets         how that table holds its baskets
 * @param mappingSource   the source id of an item to category table, or null for no mapping
 * @param mappingFrom     its item column
 * @param mappingTo       its category column
 * @param minSupport      the least support: a fraction, or a basket count when {@code supportIsCount}
 * @param minConfidence   the least confidence, 0 to 1
 * @param minLift         the least lift, 0 for none
 * @param maxLength       the most items in an itemset or rule, 0 for no limit
 * @param multiConsequent whether rules may have several items on the right
 * @param include         only these items take part (all when empty)
 * @param exclude         these items never take part
 */
public record BasketParameters(String input, BasketInput baskets, String mappingSource, String mappingFrom,
        String mappingTo, double minSupport, boolean supportIsCount, double minConfidence, double minLift,
        int maxLength, boolean multiConsequent, List<String> include, List<String> exclude) {

    /** Rules of the page have an item on each side. */
    public static final int MIN_LENGTH = 2;

    public BasketParameters {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** What to mine, as the analysis takes it. */
    public MiningParameters mining() {
        MinimumSupport support = supportIsCount ? MinimumSupport.count((int) minSupport)
                : MinimumSupport.fraction(minSupport);
        // at least one item on each side: {} => {item} says nothing about what is bought together
        return new MiningParameters(support, minConfidence, minLift, maxLength, MIN_LENGTH, multiConsequent,
                Set.copyOf(include), Set.copyOf(exclude));
    }
}
