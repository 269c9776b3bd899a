package org.marketingworkbench.ui.predict;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.PredictRequest;
import org.marketingworkbench.predict.PredictSection;
import org.marketingworkbench.predict.PredictionResult;
import org.marketingworkbench.predict.Predictor;
import org.marketingworkbench.predict.Validation;
import org.marketingworkbench.predict.evaluate.Metrics;
import org.marketingworkbench.predict.model.ModelParameters;
import org.marketingworkbench.project.PredictParameters;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.task.TaskHandle;
import org.marketingworkbench.ui.workspace.InputSelection;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * The Predict page: the setup, the model to train, the trained models (several can be compared),
 * the decision threshold with the metrics it gives, and scoring other tables. Training runs in
 * the background and can be cancelled; the metrics at another threshold come from the kept
 * scores at once.
 */
public final class PredictViewModel {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final InputSelection input;
    private final PredictSetupModel setup;
    private final ModelChoice model = new ModelChoice();
    private final ObservableList<PredictionResult> results = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call would lose its listeners to garbage collection. */
    private final ObservableList<PredictionResult> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ObjectProperty<PredictionResult> selected = new SimpleObjectProperty<>(this, "selected");
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", PredictRequest.DEFAULT_THRESHOLD);
    private final ReadOnlyObjectWrapper<Metrics> metrics = new ReadOnlyObjectWrapper<>(this, "metrics");
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper(this, "training");
    private final ReadOnlyStringWrapper trainingProblem = new ReadOnlyStringWrapper(this, "trainingProblem", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ScoringViewModel scoring;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private TaskHandle running;

    public PredictViewModel(WorkspaceViewModel workspace, TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.input = new InputSelection(workspace, table -> PredictInputs.suits(table, workspace.inputs()));
        this.setup = new PredictSetupModel(input.selectedProperty(), executor);
        this.scoring = new ScoringViewModel(workspace, executor, dialogs, selected, threshold);
        problem.bind(Bindings.createStringBinding(this::firstProblem, setup.problemProperty(), model.problemProperty(),
                trainingProblem));
        // results trained on another table or target cannot be compared with the next ones
        input.selectedProperty().addListener((obs, old, value) -> clearResults());
        setup.targetProperty().addListener((obs, old, value) -> clearResults());
        setup.positiveProperty().addListener((obs, old, value) -> clearResults());
        model.kindProperty().addListener((obs, old, kind) -> setup.encodingProperty().set(PredictInputs.encodingFor(kind)));
        javafx.beans.InvalidationListener settingsChanged = obs -> trainingProblem.set("");
        model.kindProperty().addListener(settingsChanged);
        model.crossValidationProperty().addListener(settingsChanged);
        model.testFractionProperty().addListener(settingsChanged);
        model.foldsProperty().addListener(settingsChanged);
        setup.problemProperty().addListener(settingsChanged);
        selected.addListener((obs, old, value) -> remeasure());
        threshold.addListener((obs, old, value) -> remeasure());
    }

    public InputSelection input() {
        return input;
    }

    public PredictSetupModel setup() {
        return setup;
    }

    public ModelChoice model() {
        return model;
    }

    /** Every model trained on this setup, in training order. */
    public ObservableList<PredictionResult> results() {
        return readOnlyResults;
    }

    /** The model the evaluation, explanation and scoring show. */
    public ObjectProperty<PredictionResult> selectedProperty() {
        return selected;
    }

    /** Customers scoring at least this are predicted to buy. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The selected model's held-out metrics at the threshold, or null. */
    public ReadOnlyObjectProperty<Metrics> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return training.getReadOnlyProperty();
    }

    /** What keeps the page from training (setup, parameters, the last training), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ScoringViewModel scoring() {
        return scoring;
    }

    /** Trains the chosen model in the background; the result joins the comparison and is selected. */
    public void train() {
        if (training.get()) {
            return;
        }
        SetupInputs inputs = setup.inputs();
        ModelParameters parameters;
        Validation validation;
        try {
            parameters = model.modelParameters();
            validation = model.validation();
        } catch (BadInputException e) {
            trainingProblem.set(e.getMessage());
            return;
        }
        long seed = model.seedProperty().get();
        double cut = threshold.get();
        cancelRequested.set(false);
        training.set(true);
        String title = Messages.get("predict.task.train", parameters.kind().label());
        running = executor.execute(BackgroundTask.of(title, progress -> Predictor.run(
                new PredictRequest(inputs.build(), parameters, validation, seed, cut), cancellable(progress)))
                .onSuccess(result -> {
                    trainingProblem.set("");
                    results.add(result);
                    selected.set(result);
                })
                .onFailure(this::failed)
                .onFinished(() -> {
                    training.set(false);
                    running = null;
                }));
    }

    /** Stops the training; the models trained before stay as they are. */
    public void cancel() {
        cancelRequested.set(true);
        if (running != null) {
            running.cancel();
        }
    }

    /** Forgets every trained model. */
    public void clearResults() {
        trainingProblem.set("");
        selected.set(null);
        results.clear();
    }

    /** The page's parameters for the project file. */
    public PredictParameters parameters() {
        return PredictInputs.parameters(input.selectedProperty().get(), setup, model, threshold.get());
    }

    /** Restores the page from a project's parameters (input, target, features, model, validation, seed, threshold). */
    public void apply(PredictParameters parameters) {
        PredictInputs.apply(parameters, input, setup, model);
        threshold.set(parameters.threshold());
    }

    /** The report section of the trained models (the selected one first), or empty before training. */
    public Optional<ReportSection> reportSection() {
        PredictionResult shown = selected.get();
        if (shown == null) {
            return Optional.empty();
        }
        List<PredictionResult> others = results.stream().filter(result -> result != shown).toList();
        String source = input.selectedProperty().get() == null ? "" : input.selectedProperty().get().label();
        return Optional.of(new PredictSection(shown, others, threshold.get(), source));
    }

    private void failed(Throwable error) {
        if (error instanceof BadInputException) {
            trainingProblem.set(error.getMessage());
        } else {
            dialogs.showError(Messages.get("predict.error.trainTitle"), ErrorText.of(error), error);
        }
    }

    private Progress cancellable(Progress progress) {
        return new Progress() {
            @Override
            public void update(double done, double total, String message) {
                progress.update(done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get() || progress.isCancelled();
            }
        };
    }

    private void remeasure() {
        PredictionResult result = selected.get();
        metrics.set(result == null ? null : result.evaluation().at(threshold.get()));
    }

    private String firstProblem() {
        for (String text : List.of(setup.problemProperty().get(), model.problemProperty().get(), trainingProblem.get())) {
            if (text != null && !text.isEmpty()) {
                return text;
            }
        }
        return "";
    }
}
