package org.marketingworkbench.predict.model;

import org.marketingworkbench.common.Progress;

/** Trains one kind of model; the same data, parameters and seed give the same model. */
public interface ModelTrainer {

    FittedModel fit(TrainingData data, ModelParameters parameters, long seed, Progress progress);

    /** The trainer for a model kind. */
    static ModelTrainer forKind(ModelKind kind) {
        return switch (kind) {
            case TREE -> new TreeTrainer();
            case FOREST -> new ForestTrainer();
            case BOOSTING -> new BoostingTrainer();
            case LOGISTIC -> new LogisticTrainer();
            case SVM -> new SvmTrainer();
            case MLP -> new MlpTrainer();
        };
    }

    /**
     * Smile counts the root as depth 1; users (and scikit-learn) count it as depth 0, so a
     * user's depth {@code d} is Smile's {@code d + 1}: depth 1 is one split.
     */
    static int smileDepth(int userDepth) {
        return userDepth + 1;
    }
}
