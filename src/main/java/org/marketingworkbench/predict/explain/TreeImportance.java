package org.marketingworkbench.predict.explain;

import java.util.List;

/**
 * Impurity-based importance of one decision tree, each split's impurity decrease weighted by
 * the share of training customers that reach it (the usual mean decrease in impurity, as
 * scikit-learn's {@code feature_importances_}). Smile's own {@code importance()} adds the
 * decreases unweighted, so a split among 20 customers deep down counts as much as the root's
 * split of everyone, and noise features that split small nodes rank high.
 */
public final class TreeImportance {

    private TreeImportance() {
    }

    /** The summed weighted decrease per feature, in {@code features} order (not yet scaled to sum to 1). */
    public static double[] weighted(TreeNode root, List<String> features, boolean entropy) {
        double[] values = new double[features.size()];
        add(root, features, entropy, root.customers(), values);
        return values;
    }

    private static void add(TreeNode node, List<String> features, boolean entropy, long total, double[] values) {
        if (node.leaf() || node.split().isEmpty() || total == 0) {
            return;
        }
        double decrease = node.customers() * impurity(node, entropy);
        for (TreeNode child : node.children()) {
            decrease -= child.customers() * impurity(child, entropy);
            add(child, features, entropy, total, values);
        }
        int feature = features.indexOf(node.split().get().column());
        if (feature >= 0) {
            values[feature] += decrease / total;
        }
    }

    /** Gini impurity 2p(1 - p), or entropy in bits, of the node's buyer share p. */
    static double impurity(TreeNode node, boolean entropy) {
        double p = node.buyerShare();
        if (!entropy) {
            return 2 * p * (1 - p);
        }
        return p <= 0 || p >= 1 ? 0 : -p * Math.log(p) / Math.log(2) - (1 - p) * Math.log(1 - p) / Math.log(2);
    }
}
