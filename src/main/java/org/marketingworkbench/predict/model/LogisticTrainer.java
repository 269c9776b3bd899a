package org.marketingworkbench.predict.model;

import org.marketingworkbench.common.Progress;
import smile.classification.LogisticRegression;

/**
 * L2-regularised logistic regression (Smile). {@code lambda} weighs the penalty
 * {@code lambda/2 * |w|^2} against the log-likelihood, so it is scikit-learn's {@code 1/C}.
 */
final class LogisticTrainer implements ModelTrainer {
    private static final double TOLERANCE = 1e-5;
    private static final int MAX_ITERATIONS = 500;

    @Override
    public FittedModel fit(TrainingData data, ModelParameters parameters, long seed, Progress progress) {
        progress.checkCancelled();
        double[][] x = data.preprocessing().matrix(data.table(), data.rows());
        LogisticRegression.Binomial model = LogisticRegression.binomial(x, data.trainingClasses(),
                parameters.decimal("lambda"), TOLERANCE, MAX_ITERATIONS);
        return new VectorModel(parameters, data.preprocessing(), input -> {
            double[] posterior = new double[2];
            model.predict(input, posterior);
            return posterior[1];
        });
    }
}
