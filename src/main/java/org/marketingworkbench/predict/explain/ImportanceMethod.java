package org.marketingworkbench.predict.explain;

/** How a feature importance was measured. */
public enum ImportanceMethod {
    /** Total impurity decrease of the feature's splits, from the trees themselves. */
    IMPURITY,
    /** Drop in held-out ROC AUC when the feature's values are shuffled across rows. */
    PERMUTATION
}
