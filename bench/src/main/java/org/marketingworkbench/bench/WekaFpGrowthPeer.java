package org.marketingworkbench.bench;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.basket.Transactions;
import weka.associations.FPGrowth;
import weka.core.Attribute;
import weka.core.Instances;
import weka.core.SparseInstance;

/**
 * Weka 3.8.6's FP-growth as a JVM peer. Weka returns every rule only with upper bound
 * support 1.0 and findAllRulesForSupportLevel (otherwise it lowers the support step by step
 * and stops at numRulesToFind). Its rules put any number of items on the right.
 */
final class WekaFpGrowthPeer {

    /** FPGrowth that also tells how many frequent itemsets it found. */
    private static final class Counting extends FPGrowth {
        private static final long serialVersionUID = 1L;

        int itemsets() {
            return m_largeItemSets.size();
        }

        int rules() {
            return m_rules.size();
        }
    }

    private final Instances data;
    private int itemsets;
    private int rules;

    /** Converts the baskets once (outside the timing): one binary attribute per item, sparse rows. */
    WekaFpGrowthPeer(Transactions transactions) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (String item : transactions.items()) {
            attributes.add(new Attribute(item, List.of("0", "1")));
        }
        data = new Instances("baskets", attributes, transactions.basketCount());
        for (int b = 0; b < transactions.basketCount(); b++) {
            int[] items = transactions.basket(b);
            double[] values = new double[items.length];
            java.util.Arrays.fill(values, 1); // the index of "1"
            data.add(new SparseInstance(1, values, items, attributes.size()));
        }
    }

    /** Mines at the support fraction and confidence; the counts are then in {@link #itemsets()} and {@link #rules()}. */
    void mine(double minSupport, double minConfidence) throws Exception {
        Counting fpGrowth = new Counting();
        fpGrowth.setLowerBoundMinSupport(minSupport);
        fpGrowth.setUpperBoundMinSupport(1.0);
        fpGrowth.setFindAllRulesForSupportLevel(true);
        fpGrowth.setMinMetric(minConfidence);
        fpGrowth.setNumRulesToFind(Integer.MAX_VALUE);
        fpGrowth.buildAssociations(data);
        itemsets = fpGrowth.itemsets();
        rules = fpGrowth.rules();
    }

    int itemsets() {
        return itemsets;
    }

    int rules() {
        return rules;
    }
}
