package org.marketingworkbench.predict.model;

import java.util.Locale;
import org.marketingworkbench.common.Progress;
import smile.base.cart.SplitRule;
import smile.classification.DecisionTree;
import smile.data.DataFrame;

/** A single CART decision tree (Smile, leaves kept unmerged), categories as nominal attributes. */
final class TreeTrainer implements ModelTrainer {

    @Override
    public FittedModel fit(TrainingData data, ModelParameters parameters, long seed, Progress progress) {
        progress.checkCancelled();
        DataFrame predictors = SmileFrames.frame(data.preprocessing(), data.table(), data.rows(), null);
        SplitRule rule = SplitRule.valueOf(parameters.text("splitRule").toUpperCase(Locale.ROOT));
        // maxNodes = rows: no leaf-count limit, only depth and leaf size stop the growth (as scikit-learn).
        DecisionTree tree = new UnmergedDecisionTree(predictors, data.trainingClasses(), rule,
                ModelTrainer.smileDepth(parameters.integer("maxDepth")), Math.max(2, data.rows().length),
                parameters.integer("minNodeSize"));
        return new FrameModel(parameters, data.preprocessing(), tree, tree.importance());
    }
}
