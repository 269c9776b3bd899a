package org.marketingworkbench.predict;

import org.marketingworkbench.predict.model.ModelParameters;
import org.marketingworkbench.predict.setup.PredictSetup;

/**
 * One model to train and evaluate.
 *
 * @param setup      the data, target, features and preparation
 * @param model      the model kind and its parameters
 * @param validation hold-out or cross-validation
 * @param seed       the seed for the split, the folds and the model
 * @param threshold  rows scoring at least this are predicted to buy (0.5 by default)
 */
public record PredictRequest(PredictSetup setup, ModelParameters model, Validation validation, long seed,
        double threshold) {

    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final long DEFAULT_SEED = 42;
}
