package org.marketingworkbench.predict.model;

import java.util.SplittableRandom;
import org.marketingworkbench.common.Progress;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.DataFrame;

/** A random forest (Smile): bootstrap samples, {@code mtry} features tried per split, one seed per tree. */
final class ForestTrainer implements ModelTrainer {

    @Override
    public FittedModel fit(TrainingData data, ModelParameters parameters, long seed, Progress progress) {
        progress.checkCancelled();
        DataFrame frame = SmileFrames.frame(data.preprocessing(), data.table(), data.rows(), data.classes());
        int features = data.preprocessing().features().size();
        int trees = parameters.integer("trees");
        int mtry = parameters.integer("mtry");
        // mtry 0 means the usual square root of the feature count.
        int tried = mtry == 0 ? Math.max(1, (int) Math.floor(Math.sqrt(features))) : Math.min(mtry, features);
        // Trees are grown in parallel; a seed per tree keeps the forest the same on every run.
        RandomForest forest = RandomForest.fit(SmileFrames.formula(), frame, trees, tried, SplitRule.GINI,
                ModelTrainer.smileDepth(parameters.integer("maxDepth")), Math.max(2, data.rows().length), 1, 1.0, null,
                new SplittableRandom(seed).longs(trees));
        return new FrameModel(parameters, data.preprocessing(), forest, forest.importance());
    }
}
