package org.marketingworkbench.predict.model;

import java.util.Optional;
import org.marketingworkbench.predict.setup.FittedPreprocessing;
import smile.classification.Classifier;
import smile.classification.DecisionTree;
import smile.data.DataFrame;
import smile.data.Tuple;
import tech.tablesaw.api.Table;

/** A Smile tree model (single tree, forest or boosting) that reads nominal data frames. */
final class FrameModel implements FittedModel {
    private final ModelParameters parameters;
    private final FittedPreprocessing preprocessing;
    private final Classifier<Tuple> classifier;
    private final double[] importance;

    FrameModel(ModelParameters parameters, FittedPreprocessing preprocessing, Classifier<Tuple> classifier,
            double[] importance) {
        this.parameters = parameters;
        this.preprocessing = preprocessing;
        this.classifier = classifier;
        this.importance = importance.clone();
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
        DataFrame frame = SmileFrames.frame(preprocessing, table, rows, null);
        double[] probabilities = new double[rows.length];
        double[] posterior = new double[2];
        for (int i = 0; i < rows.length; i++) {
            classifier.predict(frame.get(i), posterior);
            probabilities[i] = posterior[1];
        }
        return probabilities;
    }

    @Override
    public Optional<double[]> impurityImportance() {
        return Optional.of(importance.clone());
    }

    @Override
    public Optional<DecisionTree> decisionTree() {
        return classifier instanceof DecisionTree tree ? Optional.of(tree) : Optional.empty();
    }
}
