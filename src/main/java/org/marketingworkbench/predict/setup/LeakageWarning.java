package org.marketingworkbench.predict.setup;

import org.marketingworkbench.i18n.Messages;

/**
 * A feature that on its own separates buyers from non-buyers about as well as a whole model
 * should: often a value only known after the outcome (Bank Marketing's call {@code duration}).
 *
 * @param feature          the column
 * @param singleFeatureAuc its ROC AUC used alone as a score (0.5 = no information, 1 = perfect)
 */
public record LeakageWarning(String feature, double singleFeatureAuc) {

    /** The translated warning sentence. */
    public String message() {
        return Messages.get("predict.warning.leakage", feature, singleFeatureAuc, LeakageCheck.THRESHOLD);
    }
}
