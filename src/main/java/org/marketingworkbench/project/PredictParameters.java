package org.marketingworkbench.project;

import java.util.List;
import java.util.Map;
import org.marketingworkbench.predict.PredictRequest;
import org.marketingworkbench.predict.Validation;
import org.marketingworkbench.predict.model.ModelKind;
import org.marketingworkbench.predict.model.ModelParameters;
import org.marketingworkbench.predict.setup.FeatureChoice;

/**
 * The Predict page's parameters in a project: enough to train the same model again with the
 * same seed and get the same result. Left-out numbers take the page's defaults.
 *
 * @param input        the source id, or {@link Pages#PREPARED_INPUT}
 * @param target       the column to predict
 * @param positive     the target value that counts as a purchase, or null for the default
 * @param features     the features to use (empty: every usable column)
 * @param exclude      columns to leave out (empty: none)
 * @param model        the model id ("tree", "forest", ...)
 * @param parameters   the model's parameters by name, as text
 * @param testFraction the share held out for testing when {@code folds} is 0
 * @param folds        cross-validation folds, or 0 for a hold-out split
 * @param seed         the seed for the split, the folds and the model
 * @param threshold    rows scoring at least this are predicted to buy
 */
public record PredictParameters(String input, String target, String positive, List<String> features,
        List<String> exclude, String model, Map<String, String> parameters, Double testFraction, Integer folds, Long seed,
        Double threshold) {

    public static final double DEFAULT_TEST_FRACTION = 0.2;

    public PredictParameters {
        features = features == null ? List.of() : List.copyOf(features);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
        model = model == null ? ModelKind.TREE.id() : model;
        testFraction = testFraction == null ? DEFAULT_TEST_FRACTION : testFraction;
        folds = folds == null ? 0 : folds;
        seed = seed == null ? PredictRequest.DEFAULT_SEED : seed;
        threshold = threshold == null ? PredictRequest.DEFAULT_THRESHOLD : threshold;
    }

    public FeatureChoice featureChoice() {
        return new FeatureChoice(features, exclude);
    }

    /** The model and its checked parameters (bad input when a name or value is wrong). */
    public ModelParameters modelParameters() {
        return ModelParameters.of(ModelKind.fromId(model), parameters);
    }

    public Validation validation() {
        return folds > 0 ? Validation.crossValidation(folds) : Validation.holdout(testFraction);
    }

    /** Parameters for the default tree with a hold-out split, as the page starts. */
    public static PredictParameters defaults(String input, String target) {
        return new PredictParameters(input, target, null, List.of(), List.of(), ModelKind.TREE.id(), Map.of(),
                DEFAULT_TEST_FRACTION, 0, PredictRequest.DEFAULT_SEED, PredictRequest.DEFAULT_THRESHOLD);
    }
}
