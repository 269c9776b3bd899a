package org.marketingworkbench.predict.model;

import org.marketingworkbench.common.Progress;
import smile.classification.PlattScaling;
import smile.classification.SVM;
import smile.math.MathEx;
import smile.math.kernel.GaussianKernel;
import smile.math.kernel.LinearKernel;
import smile.math.kernel.MercerKernel;

/**
 * A support vector machine (Smile's LASVM) with a linear or Gaussian kernel. Probabilities
 * come from Platt scaling of the decision values, fitted on the training rows (libsvm fits it
 * on inner folds; on the training rows it is slightly over-confident but ranks the same).
 */
final class SvmTrainer implements ModelTrainer {
    private static final double TOLERANCE = 1e-3;

    @Override
    public FittedModel fit(TrainingData data, ModelParameters parameters, long seed, Progress progress) {
        progress.checkCancelled();
        double[][] x = data.preprocessing().matrix(data.table(), data.rows());
        int[] classes = data.trainingClasses();
        int[] signs = new int[classes.length];
        for (int i = 0; i < classes.length; i++) {
            signs[i] = classes[i] == 1 ? 1 : -1;
        }
        MathEx.setSeed(seed);
        SVM<double[]> svm = SVM.fit(x, signs, kernel(parameters, x[0].length), parameters.decimal("C"), TOLERANCE, 1);
        double[] decisions = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            decisions[i] = svm.score(x[i]);
        }
        PlattScaling platt = PlattScaling.fit(decisions, signs);
        return new VectorModel(parameters, data.preprocessing(), input -> platt.scale(svm.score(input)));
    }

    /** The kernel; gamma as scikit-learn's exp(-gamma |x-y|^2), 0 meaning 1 / inputs ("auto"). */
    private static MercerKernel<double[]> kernel(ModelParameters parameters, int inputs) {
        if (parameters.text("kernel").equals("linear")) {
            return new LinearKernel();
        }
        double gamma = parameters.decimal("gamma") > 0 ? parameters.decimal("gamma") : 1.0 / inputs;
        // Smile's Gaussian kernel is exp(-|x-y|^2 / (2 sigma^2)).
        return new GaussianKernel(Math.sqrt(1 / (2 * gamma)));
    }
}
