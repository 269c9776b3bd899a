package org.marketingworkbench.predict.model;

import java.util.Random;
import org.marketingworkbench.common.Progress;
import smile.base.mlp.Layer;
import smile.base.mlp.LayerBuilder;
import smile.base.mlp.OutputFunction;
import smile.classification.MLP;
import smile.math.MathEx;
import smile.math.TimeFunction;

/**
 * A multilayer perceptron (Smile): ReLU hidden layers, one sigmoid output trained on the
 * log-likelihood, mini-batch gradient descent on standardised inputs, rows shuffled per
 * epoch with the seed.
 */
final class MlpTrainer implements ModelTrainer {
    private static final int BATCH = 32;

    @Override
    public FittedModel fit(TrainingData data, ModelParameters parameters, long seed, Progress progress) {
        double[][] x = data.preprocessing().matrix(data.table(), data.rows());
        int[] y = data.trainingClasses();
        int[] hidden = parameters.integers("hidden");
        LayerBuilder[] layers = new LayerBuilder[hidden.length + 2];
        layers[0] = Layer.input(x[0].length);
        for (int i = 0; i < hidden.length; i++) {
            layers[i + 1] = Layer.rectifier(hidden[i]);
        }
        layers[layers.length - 1] = Layer.mle(1, OutputFunction.SIGMOID);
        MathEx.setSeed(seed); // the initial weights come from Smile's per-thread generator
        MLP mlp = new MLP(layers);
        mlp.setLearningRate(TimeFunction.constant(parameters.decimal("learningRate")));
        Random shuffler = new Random(seed);
        int epochs = parameters.integer("epochs");
        int[] order = java.util.stream.IntStream.range(0, x.length).toArray();
        for (int epoch = 0; epoch < epochs; epoch++) {
            progress.checkCancelled();
            shuffle(order, shuffler);
            for (int start = 0; start < order.length; start += BATCH) {
                int size = Math.min(BATCH, order.length - start);
                double[][] batchX = new double[size][];
                int[] batchY = new int[size];
                for (int i = 0; i < size; i++) {
                    batchX[i] = x[order[start + i]];
                    batchY[i] = y[order[start + i]];
                }
                mlp.update(batchX, batchY);
            }
            progress.update(epoch + 1, epochs, "");
        }
        return new VectorModel(parameters, data.preprocessing(), input -> {
            double[] posterior = new double[2];
            mlp.predict(input, posterior);
            return posterior[1];
        });
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
