package org.marketingworkbench.predict.model;

import java.util.Optional;
import org.marketingworkbench.predict.setup.FittedPreprocessing;
import smile.classification.DecisionTree;
import tech.tablesaw.api.Table;

/** A trained model with the preparation it was trained with, ready to score any table with the same features. */
public interface FittedModel {

    ModelParameters parameters();

    FittedPreprocessing preprocessing();

    /** The probability of the positive class for each of the given rows of {@code table}. */
    double[] probabilities(Table table, int[] rows);

    /** Impurity-based importance per feature (in {@link FittedPreprocessing#features()} order), for tree models. */
    Optional<double[]> impurityImportance();

    /** The single decision tree, when the model is one (for the diagram and the rules). */
    default Optional<DecisionTree> decisionTree() {
        return Optional.empty();
    }
}
