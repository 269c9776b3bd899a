package org.marketingworkbench.predict;

import org.marketingworkbench.common.BadInputException;

/**
 * How a model is evaluated: a stratified hold-out test part, or stratified k-fold
 * cross-validation.
 *
 * @param testFraction the share of rows held out for testing (hold-out only)
 * @param folds        the number of folds, or 0 for a hold-out split
 */
public record Validation(double testFraction, int folds) {

    public Validation {
        if (folds == 0 && !(testFraction > 0 && testFraction < 1)) {
            throw new BadInputException("predict.error.testFraction", testFraction);
        }
        if (folds == 1 || folds < 0) {
            throw new BadInputException("predict.error.foldsTooFew", folds);
        }
    }

    public static Validation holdout(double testFraction) {
        return new Validation(testFraction, 0);
    }

    public static Validation crossValidation(int folds) {
        return new Validation(0, folds);
    }

    public boolean isCrossValidation() {
        return folds > 0;
    }
}
