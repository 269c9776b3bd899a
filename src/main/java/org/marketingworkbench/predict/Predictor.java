package org.marketingworkbench.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.evaluate.CrossValidationResult;
import org.marketingworkbench.predict.evaluate.Evaluation;
import org.marketingworkbench.predict.evaluate.MetricMeans;
import org.marketingworkbench.predict.evaluate.Metrics;
import org.marketingworkbench.predict.evaluate.Partition;
import org.marketingworkbench.predict.evaluate.ScoreTable;
import org.marketingworkbench.predict.explain.FeatureImportance;
import org.marketingworkbench.predict.explain.ImportanceMethod;
import org.marketingworkbench.predict.explain.Importances;
import org.marketingworkbench.predict.explain.TreeImportance;
import org.marketingworkbench.predict.explain.Rule;
import org.marketingworkbench.predict.explain.TreeDiagram;
import org.marketingworkbench.predict.explain.TreeNode;
import org.marketingworkbench.predict.explain.TreeRules;
import org.marketingworkbench.predict.model.FittedModel;
import org.marketingworkbench.predict.model.ModelKind;
import org.marketingworkbench.predict.model.ModelTrainer;
import org.marketingworkbench.predict.model.TrainingData;
import org.marketingworkbench.predict.model.VectorModel;
import org.marketingworkbench.predict.setup.CategoryEncoding;
import org.marketingworkbench.predict.setup.FittedPreprocessing;
import org.marketingworkbench.predict.setup.LeakageWarning;
import org.marketingworkbench.predict.setup.Preprocessing;
import tech.tablesaw.api.Table;

/**
 * Trains and evaluates one model. With a hold-out split the model is trained on the training
 * part and judged on the test part. With k-fold cross-validation each fold is scored by a
 * model trained on the other folds; the headline metrics are those of the pooled out-of-fold
 * scores (every row scored once by a model that never saw it), the fold means sit beside
 * them, and the model kept for explaining and scoring is trained on all rows.
 */
public final class Predictor {

    private Predictor() {
    }

    public static PredictionResult run(PredictRequest request, Progress progress) {
        List<String> warnings = new ArrayList<>();
        request.setup().leakage().stream().map(LeakageWarning::message).forEach(warnings::add);
        Preprocessing preprocessing = effectivePreprocessing(request, warnings);
        Table table = request.setup().table();
        int[] classes = request.setup().target().classes();
        ModelTrainer trainer = ModelTrainer.forKind(request.model().kind());
        if (request.validation().isCrossValidation()) {
            return crossValidate(request, preprocessing, trainer, warnings, progress);
        }
        Partition partition = Partition.stratifiedHoldout(classes, request.validation().testFraction(), request.seed());
        int[] trainingRows = partition.trainingRows(0);
        int[] testRows = partition.testRows(0);
        FittedModel model = fit(trainer, request, preprocessing, trainingRows, progress.slice(0, 0.7));
        ScoreTable scores = new ScoreTable(pick(classes, testRows), model.probabilities(table, testRows));
        Evaluation evaluation = Evaluation.of(scores, request.threshold(), Optional.empty());
        double[] permutation = model instanceof VectorModel vector
                ? Importances.permutationDrops(vector, table, testRows, classes, request.seed(), progress.slice(0.7, 1))
                : null;
        return result(request, evaluation, model, permutation, partition, warnings);
    }

    private static PredictionResult crossValidate(PredictRequest request, Preprocessing preprocessing,
            ModelTrainer trainer, List<String> warnings, Progress progress) {
        Table table = request.setup().table();
        int[] classes = request.setup().target().classes();
        int folds = request.validation().folds();
        Partition partition = Partition.stratifiedFolds(classes, folds, request.seed());
        double[] outOfFold = new double[classes.length];
        List<Metrics> perFold = new ArrayList<>();
        double[] permutation = null;
        for (int fold = 0; fold < folds; fold++) {
            progress.checkCancelled();
            Progress step = progress.slice((double) fold / (folds + 1), (double) (fold + 1) / (folds + 1));
            int[] testRows = partition.testRows(fold);
            FittedModel model = fit(trainer, request, preprocessing, partition.trainingRows(fold), step.slice(0, 0.8));
            double[] scores = model.probabilities(table, testRows);
            for (int i = 0; i < testRows.length; i++) {
                outOfFold[testRows[i]] = scores[i];
            }
            perFold.add(Metrics.of(new ScoreTable(pick(classes, testRows), scores), request.threshold()));
            if (model instanceof VectorModel vector) {
                double[] drops = Importances.permutationDrops(vector, table, testRows, classes, request.seed(),
                        step.slice(0.8, 1));
                permutation = permutation == null ? new double[drops.length] : permutation;
                for (int feature = 0; feature < drops.length; feature++) {
                    permutation[feature] += drops[feature] / folds;
                }
            }
        }
        CrossValidationResult cv = new CrossValidationResult(folds, perFold, MetricMeans.of(perFold));
        Evaluation evaluation = Evaluation.of(new ScoreTable(classes, outOfFold), request.threshold(), Optional.of(cv));
        int[] allRows = java.util.stream.IntStream.range(0, classes.length).toArray();
        FittedModel finalModel = fit(trainer, request, preprocessing, allRows,
                progress.slice((double) folds / (folds + 1), 1));
        return result(request, evaluation, finalModel, permutation, partition, warnings);
    }

    private static PredictionResult result(PredictRequest request, Evaluation evaluation, FittedModel model,
            double[] permutation, Partition partition, List<String> warnings) {
        List<String> features = model.preprocessing().features();
        Optional<TreeNode> tree = model.decisionTree().map(smileTree -> TreeDiagram.of(smileTree, model.preprocessing()));
        // one tree: weighted by the customers each split reaches; ensembles: Smile's sums over their trees
        Optional<double[]> impurity = tree.isPresent()
                ? tree.map(root -> TreeImportance.weighted(root, features, "entropy".equalsIgnoreCase(
                        request.model().text("splitRule"))))
                : model.impurityImportance();
        List<FeatureImportance> importance = impurity
                .map(values -> Importances.ranked(features, values, ImportanceMethod.IMPURITY))
                .orElseGet(() -> Importances.ranked(features, permutation, ImportanceMethod.PERMUTATION));
        List<Rule> rules = tree.map(TreeRules::of).orElse(List.of());
        return new PredictionResult(request, evaluation, model, importance, tree, rules, partition, warnings);
    }

    private static FittedModel fit(ModelTrainer trainer, PredictRequest request, Preprocessing preprocessing,
            int[] rows, Progress progress) {
        Table table = request.setup().table();
        FittedPreprocessing fitted = FittedPreprocessing.fit(table, preprocessing, rows);
        TrainingData data = new TrainingData(table, rows, request.setup().target().classes(), fitted);
        return trainer.fit(data, request.model(), request.seed(), progress);
    }

    /**
     * Trees always take categories as nominal attributes and models over numbers always as
     * one-hot columns; a different choice in the preparation is overridden with a warning
     * rather than silently giving a different (for Smile's trees, worse) model.
     */
    private static Preprocessing effectivePreprocessing(PredictRequest request, List<String> warnings) {
        ModelKind kind = request.model().kind();
        Preprocessing chosen = request.setup().preprocessing();
        CategoryEncoding needed = kind.treeBased() ? CategoryEncoding.NOMINAL : CategoryEncoding.ONE_HOT;
        boolean hasCategories = chosen.columns().stream()
                .anyMatch(column -> column.kind() == org.marketingworkbench.predict.setup.FeatureKind.CATEGORY);
        if (chosen.categories() != needed && hasCategories) {
            warnings.add(Messages.get(kind.treeBased() ? "predict.warning.treesUseNominal" : "predict.warning.oneHotNeeded",
                    kind.label()));
        }
        return chosen.withCategories(needed);
    }

    private static int[] pick(int[] values, int[] rows) {
        int[] picked = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = values[rows[i]];
        }
        return picked;
    }
}
