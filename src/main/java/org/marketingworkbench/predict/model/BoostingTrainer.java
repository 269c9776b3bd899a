package org.marketingworkbench.predict.model;

import org.marketingworkbench.common.Progress;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.math.MathEx;

/** Gradient boosted regression trees on the log-odds (Smile), the whole training set per tree. */
final class BoostingTrainer implements ModelTrainer {
    /** The smallest leaf, Smile's default for boosting. */
    private static final int LEAF_SIZE = 5;

    @Override
    public FittedModel fit(TrainingData data, ModelParameters parameters, long seed, Progress progress) {
        progress.checkCancelled();
        DataFrame frame = SmileFrames.frame(data.preprocessing(), data.table(), data.rows(), data.classes());
        int depth = parameters.integer("maxDepth");
        // Smile draws from its per-thread generator; seeding it here makes the fit repeatable.
        MathEx.setSeed(seed);
        GradientTreeBoost boost = GradientTreeBoost.fit(SmileFrames.formula(), frame, parameters.integer("trees"),
                ModelTrainer.smileDepth(depth), 1 << depth, LEAF_SIZE, parameters.decimal("shrinkage"), 1.0);
        return new FrameModel(parameters, data.preprocessing(), boost, boost.importance());
    }
}
