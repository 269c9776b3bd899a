package org.marketingworkbench.predict.model;

import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.marketingworkbench.predict.setup.FittedPreprocessing;
import tech.tablesaw.api.Table;

/** A model over numeric input vectors (logistic regression, SVM, MLP): one-hot categories, scaled numbers. */
public final class VectorModel implements FittedModel {
    private final ModelParameters parameters;
    private final FittedPreprocessing preprocessing;
    private final ToDoubleFunction<double[]> probability;

    VectorModel(ModelParameters parameters, FittedPreprocessing preprocessing, ToDoubleFunction<double[]> probability) {
        this.parameters = parameters;
        this.preprocessing = preprocessing;
        this.probability = probability;
    }

    @Override
    public ModelParameters parameters() {
        return parameters;
    }

    @Override
    public FittedPreprocessing preprocessing() {
        return preprocessing;
    }

    @Override
    public double[] probabilities(Table table, int[] rows) {
        return probabilities(preprocessing.matrix(table, rows));
    }

    /** The positive-class probability of already encoded input vectors (used by permutation importance). */
    public double[] probabilities(double[][] inputs) {
        double[] result = new double[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            result[i] = probability.applyAsDouble(inputs[i]);
        }
        return result;
    }

    @Override
    public Optional<double[]> impurityImportance() {
        return Optional.empty();
    }
}
