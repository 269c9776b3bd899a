package org.marketingworkbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.predict.PredictRequest;
import org.marketingworkbench.predict.PredictionFiles;
import org.marketingworkbench.predict.PredictionResult;
import org.marketingworkbench.predict.Predictor;
import org.marketingworkbench.predict.Validation;
import org.marketingworkbench.predict.evaluate.ConfusionMatrix;
import org.marketingworkbench.predict.evaluate.Metrics;
import org.marketingworkbench.predict.evaluate.MetricMeans;
import org.marketingworkbench.predict.model.ModelKind;
import org.marketingworkbench.predict.model.ModelParameters;
import org.marketingworkbench.predict.score.Scorer;
import org.marketingworkbench.predict.score.ScoringResult;
import org.marketingworkbench.predict.setup.FeatureChoice;
import org.marketingworkbench.predict.setup.PredictSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code predict}: trains and evaluates a purchase model (DESIGN.md section 4). Prints one JSON
 * object with {@code model, accuracy, baseline_accuracy, precision, recall, f1, auc, confusion}
 * (and {@code cv} with {@code --cv}); writes metrics.csv, roc.csv, gains.csv, importance.csv,
 * tree_rules.csv (tree), cv_folds.csv and folds.csv (--cv), scores.csv (--score) into DIR.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Train and evaluate a model that predicts a yes/no outcome such as a purchase.",
            "With --cv the headline figures are those of the pooled out-of-fold scores; cv.mean averages the folds."})
public final class PredictCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "C", description = "The column to predict.")
    String target;

    @Option(names = "--positive", paramLabel = "V", description = "The target value that counts as a purchase (default: yes-like, else the rarer value).")
    String positive;

    @Option(names = "--features", split = ",", paramLabel = "a,b", description = "The feature columns (default: all but the target, identifiers and personal data).")
    List<String> features = new ArrayList<>();

    @Option(names = "--exclude", split = ",", paramLabel = "a,b", description = "Columns to leave out of the features.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--model", paramLabel = "M", defaultValue = "tree", description = "tree, forest, boosting, logistic, svm or mlp (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--param", arity = "1..*", paramLabel = "name=value", description = "Model parameters, e.g. maxDepth=5 (see DESIGN.md section 4 for the names).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--test-fraction", paramLabel = "F", description = "Share of rows held out for testing (default 0.2).")
    Double testFraction;

    @Option(names = "--cv", paramLabel = "K", description = "Stratified K-fold cross-validation instead of a hold-out split.")
    Integer folds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed for the split and the model (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--score", paramLabel = "F2", description = "Another file to score with the trained model (read like --input).")
    Path scoreFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the output files.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (testFraction != null && folds != null) {
            throw new BadInputException("predict.error.testFractionAndCv");
        }
        ModelKind kind = ModelKind.fromId(model);
        ModelParameters modelParameters = ModelParameters.of(kind, parameters);
        Validation validation = folds != null ? Validation.crossValidation(folds)
                : Validation.holdout(testFraction == null ? 0.2 : testFraction);
        DataSource source = input.load();
        FeatureChoice choice = new FeatureChoice(features, exclude);
        PredictSetup setup = PredictSetup.create(source.table(), target, positive, choice, source.roles()).forModel(kind.treeBased());
        PredictionResult result = Predictor.run(
                new PredictRequest(setup, modelParameters, validation, seed, PredictRequest.DEFAULT_THRESHOLD), Progress.none());
        try (OutputStage stage = OutputStage.open(out)) {
            PredictionFiles.write(result, stage::file);
            if (scoreFile != null) {
                DataSource toScore = DataLoader.load(scoreFile, input.loadOptions(), Progress.none());
                ScoringResult scoring = Scorer.score(result.model(), result.target(), toScore.table(),
                        Scorer.idColumn(toScore, setup.features()), PredictRequest.DEFAULT_THRESHOLD);
                PredictionFiles.writeScores(scoring, stage.file("scores.csv"));
                result = withWarnings(result, scoring.warnings());
            }
            stage.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        JsonOutput.print(spec.commandLine().getOut(), json(result));
        return ExitCode.OK;
    }

    private static PredictionResult withWarnings(PredictionResult result, List<String> more) {
        List<String> warnings = new ArrayList<>(result.warnings());
        warnings.addAll(more);
        return new PredictionResult(result.request(), result.evaluation(), result.model(), result.importance(),
                result.tree(), result.rules(), result.partition(), warnings);
    }

    static Map<String, Object> json(PredictionResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", result.request().model().kind().id());
        json.putAll(metrics(result.evaluation().metrics()));
        result.evaluation().crossValidation().ifPresent(cv -> {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("folds", cv.folds());
            object.put("mean", means(cv.mean()));
            object.put("per_fold", cv.perFold().stream().map(PredictCommand::metrics).toList());
            json.put("cv", object);
        });
        json.put("warnings", result.warnings());
        return json;
    }

    private static Map<String, Object> metrics(Metrics metrics) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("accuracy", metrics.accuracy());
        json.put("baseline_accuracy", metrics.baselineAccuracy());
        json.put("precision", metrics.precision());
        json.put("recall", metrics.recall());
        json.put("f1", metrics.f1());
        json.put("auc", metrics.auc());
        ConfusionMatrix confusion = metrics.confusion();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("true_positives", confusion.truePositives());
        counts.put("false_positives", confusion.falsePositives());
        counts.put("true_negatives", confusion.trueNegatives());
        counts.put("false_negatives", confusion.falseNegatives());
        json.put("confusion", counts);
        return json;
    }

    private static Map<String, Object> means(MetricMeans mean) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("accuracy", mean.accuracy());
        json.put("precision", mean.precision());
        json.put("recall", mean.recall());
        json.put("f1", mean.f1());
        json.put("auc", mean.auc());
        return json;
    }
}
