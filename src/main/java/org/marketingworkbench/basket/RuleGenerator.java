package org.marketingworkbench.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;

/**
 * Association rules from frequent itemset counts, the way arules generates them: each
 * itemset split into a left and a right side, one item on the right unless several are
 * asked for, and at minimum length 1 the rule {} => {item} for a single item.
 */
final class RuleGenerator {
    /** Confidence and lift are ratios of counts; this keeps a ratio that equals the limit exactly. */
    private static final double TOLERANCE = 1e-12;
    private static final int ITEMSETS_PER_REPORT = 1_000;
    /** An itemset of n items has 2^n - 2 splits; past this the rules would not fit in memory. */
    private static final int MAX_SPLIT_LENGTH = 24;

    private final ItemsetCounts counts;
    private final List<String> names;
    private final double baskets;
    private final MiningParameters parameters;
    private final List<AssociationRule> rules = new ArrayList<>();

    private RuleGenerator(ItemsetCounts counts, List<String> names, int baskets, MiningParameters parameters) {
        this.counts = counts;
        this.names = names;
        this.baskets = baskets;
        this.parameters = parameters;
    }

    static List<AssociationRule> generate(ItemsetCounts counts, List<String> names, int baskets,
            MiningParameters parameters, Progress progress) {
        RuleGenerator generator = new RuleGenerator(counts, names, baskets, parameters);
        String message = Messages.get("basket.progress.rules");
        for (int i = 0; i < counts.size(); i++) {
            progress.checkCancelled();
            if (i % ITEMSETS_PER_REPORT == 0) {
                progress.update(i, counts.size(), message);
            }
            generator.splits(counts.itemset(i), counts.count(i));
        }
        progress.update(counts.size(), counts.size(), message);
        return generator.rules;
    }

    private void splits(int[] itemset, int count) {
        if (itemset.length < parameters.minLength() || !parameters.fitsMaxLength(itemset.length)) {
            return;
        }
        if (itemset.length == 1) {
            consider(new int[0], itemset, count, baskets);
        } else if (!parameters.multiConsequent()) {
            for (int right = 0; right < itemset.length; right++) {
                int[] antecedent = without(itemset, right);
                consider(antecedent, new int[] {itemset[right]}, count, counts.count(antecedent));
            }
        } else {
            if (itemset.length > MAX_SPLIT_LENGTH) {
                throw new BadInputException("basket.error.multiTooLong", itemset.length, MAX_SPLIT_LENGTH);
            }
            // every non-empty proper subset as the right side: bit b of mask puts item b there
            for (long mask = 1; mask < (1L << itemset.length) - 1; mask++) {
                int[][] sides = split(itemset, mask);
                consider(sides[0], sides[1], count, counts.count(sides[0]));
            }
        }
    }

    private void consider(int[] antecedent, int[] consequent, int count, double antecedentCount) {
        double confidence = count / antecedentCount;
        if (confidence + TOLERANCE < parameters.minConfidence()) {
            return;
        }
        double consequentSupport = (consequent.length == 1 && antecedent.length == 0 ? count
                : counts.count(consequent)) / baskets;
        double lift = confidence / consequentSupport;
        if (lift + TOLERANCE < parameters.minLift()) {
            return;
        }
        double support = count / baskets;
        double leverage = support - antecedentCount / baskets * consequentSupport;
        double conviction = confidence >= 1 ? Double.POSITIVE_INFINITY : (1 - consequentSupport) / (1 - confidence);
        rules.add(new AssociationRule(namesOf(antecedent), namesOf(consequent), count, support, confidence, lift,
                leverage, conviction));
    }

    private List<String> namesOf(int[] items) {
        String[] result = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            result[i] = names.get(items[i]);
        }
        Arrays.sort(result);
        return List.of(result);
    }

    private static int[] without(int[] itemset, int index) {
        int[] result = new int[itemset.length - 1];
        System.arraycopy(itemset, 0, result, 0, index);
        System.arraycopy(itemset, index + 1, result, index, result.length - index);
        return result;
    }

    private static int[][] split(int[] itemset, long mask) {
        int right = Long.bitCount(mask);
        int[] antecedent = new int[itemset.length - right];
        int[] consequent = new int[right];
        int a = 0;
        int c = 0;
        for (int b = 0; b < itemset.length; b++) {
            if ((mask & (1L << b)) != 0) {
                consequent[c++] = itemset[b];
            } else {
                antecedent[a++] = itemset[b];
            }
        }
        return new int[][] {antecedent, consequent};
    }
}
