package org.marketingworkbench.predict.model;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.marketingworkbench.common.CancelledException;
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
        int depth = ModelTrainer.smileDepth(parameters.integer("maxDepth"));
        int maxNodes = Math.max(2, data.rows().length);
        // Smile seeds each tree, but trees grown on the shared pool's threads inherit generator state
        // from earlier fits (measured: the same seed gave different forests in one JVM). A fresh
        // one-thread pool per fit starts from clean thread state, so a seed always gives one forest.
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            RandomForest forest = pool.submit(() -> RandomForest.fit(SmileFrames.formula(), frame, trees, tried,
                    SplitRule.GINI, depth, maxNodes, 1, 1.0, null, new SplittableRandom(seed).longs(trees))).get();
            return new FrameModel(parameters, data.preprocessing(), forest, forest.importance());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
