package org.marketingworkbench.ui.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.project.SegmentParameters;
import org.marketingworkbench.segment.KSweepResult;
import org.marketingworkbench.segment.MissingValues;
import org.marketingworkbench.segment.SegmentationParameters;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.segment.Segmenter;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.task.TaskHandle;
import org.marketingworkbench.ui.workspace.InputSelection;
import org.marketingworkbench.ui.workspace.InputTable;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * The Segments page: the setup, the k sweep and the segmentation it leads to, the segment names,
 * and publishing the segments as a column for the other pages. Runs go through the task executor
 * (progress per k, cancellable); a cancelled run leaves the previous result in place. A table of
 * at most {@link #AUTO_SWEEP_ROWS} rows is swept as soon as it is chosen.
 */
public final class SegmentViewModel {
    /** Tables up to this many rows are swept at once when chosen; larger ones wait for Run or Sweep. */
    public static final int AUTO_SWEEP_ROWS = 50_000;

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final InputSelection input;
    private final SegmentSetup setup = new SegmentSetup();
    private final SegmentUse use;
    private final SegmentExports exports = new SegmentExports();
    private final ReadOnlyObjectWrapper<KSweepResult> sweep = new ReadOnlyObjectWrapper<>(this, "sweep");
    private final ReadOnlyObjectWrapper<SegmentationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<SegmentCard> cards = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper missingQuestion = new ReadOnlyBooleanWrapper(this, "missingQuestion");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final IntegerProperty comparedFeature = new SimpleIntegerProperty(this, "comparedFeature");
    private final Set<String> ownTables = new HashSet<>();
    private TaskHandle task;
    private Object token;
    private Runnable lastAction = this::run;
    /** Choices from a project, waiting for their input's columns to be known. */
    private Restore pending;
    /** Segment names from a project, given to the cards of the next result. */
    private Map<String, String> pendingNames = Map.of();
    private boolean applying;
    /** The chosen input with its column roles, once they are known. */
    private InputTable current;

    public SegmentViewModel(WorkspaceViewModel workspace, TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.use = new SegmentUse(workspace, executor, ownTables::add);
        this.input = new InputSelection(workspace, table -> !ownTables.contains(table.label()) && SegmentInputs.suits(table));
        setup.addChangeListener(() -> stale.set(!applying && (result.get() != null || sweep.get() != null)));
        result.addListener((obs, old, value) -> exports.show(current, value));
        sweep.addListener((obs, old, value) -> exports.show(value));
        input.selectedProperty().addListener((obs, old, table) -> inputChanged(table));
        inputChanged(input.selectedProperty().get());
    }

    public InputSelection input() {
        return input;
    }

    public SegmentSetup setup() {
        return setup;
    }

    public SegmentUse use() {
        return use;
    }

    /** The tables behind the exports, of the result and sweep on screen. */
    public SegmentExports exports() {
        return exports;
    }

    /** The last sweep of k, or null. */
    public ReadOnlyObjectProperty<KSweepResult> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    /** The segmentation shown, with the names the user gave, or null. */
    public ReadOnlyObjectProperty<SegmentationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** One card per segment of the result; renaming a card renames the segment everywhere. */
    public ObservableList<SegmentCard> cards() {
        return cards;
    }

    /** What keeps the page from segmenting (no input, bad setup, missing values), or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the page asks whether to drop or fill rows with missing values. */
    public ReadOnlyBooleanProperty missingQuestionProperty() {
        return missingQuestion.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True when the setup changed since the result shown was computed. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The feature shown in the comparison chart (an index into the result's features). */
    public IntegerProperty comparedFeatureProperty() {
        return comparedFeature;
    }

    /** Segments with the setup's k. */
    public void run() {
        lastAction = this::run;
        InputTable table = requireInput();
        if (table == null) {
            return;
        }
        SegmentationParameters parameters;
        try {
            parameters = setup.parameters();
        } catch (BadInputException e) {
            problem.set(e.getMessage());
            return;
        }
        start(BackgroundTask.of(Messages.get("segment.task.run", parameters.kmeans().k(), table.label()),
                progress -> Segmenter.segment(table.table(), parameters, progress)), outcome -> show(table, outcome));
    }

    /** Sweeps k over the setup's range, then segments with the suggested k. */
    public void sweep() {
        lastAction = this::sweep;
        InputTable table = requireInput();
        if (table == null) {
            return;
        }
        int from = setup.fromKProperty().get();
        int to = setup.toKProperty().get();
        SegmentationParameters parameters;
        try {
            parameters = setup.parameters();
        } catch (BadInputException e) {
            problem.set(e.getMessage());
            return;
        }
        start(BackgroundTask.of(Messages.get("segment.task.sweep", from, to, table.label()), progress -> {
            KSweepResult swept = Segmenter.sweep(table.table(), parameters, from, to, progress.slice(0, 0.9));
            SegmentationParameters chosen = parameters.withKMeans(parameters.kmeans().withK(swept.suggestedK()));
            return new SweepOutcome(swept, Segmenter.segment(table.table(), chosen, progress.slice(0.9, 1)));
        }), outcome -> {
            applying = true;
            sweep.set(outcome.sweep());
            setup.kProperty().set(outcome.sweep().suggestedK());
            applying = false;
            show(table, outcome.result());
        });
    }

    /** Takes {@code k} from the sweep and segments with it. */
    public void runK(int k) {
        setup.kProperty().set(k);
        run();
    }

    /** Stops the running sweep or segmentation; what was shown before stays. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** The user's answer to the missing-values question: set it and repeat what was asked. */
    public void answerMissing(MissingValues choice) {
        setup.missingProperty().set(choice);
        missingQuestion.set(false);
        lastAction.run();
    }

    /** Names segment {@code segment} ("" restores the default name). */
    public void rename(int segment, String name) {
        cards.get(segment).nameProperty().set(name == null ? "" : name.strip());
    }

    /** Names every segment after its description. */
    public void nameFromDescriptions() {
        for (SegmentCard card : cards) {
            card.nameProperty().set(card.description());
        }
    }

    /** The names the user gave, by segment number from 1, for the project file. */
    public Map<String, String> segmentNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (SegmentCard card : cards) {
            if (!card.nameProperty().get().isEmpty()) {
                names.put(Integer.toString(card.segment() + 1), card.nameProperty().get());
            }
        }
        return names;
    }

    /**
     * Takes the page's choices from a project: chooses the stored input and, once its columns are
     * known, the stored setup, then segments with it and gives the segments their stored names.
     */
    public void restore(SegmentParameters parameters, Map<String, String> names) {
        pending = new Restore(parameters, Map.copyOf(names));
        InputTable stored = input.choices().stream()
                .filter(table -> SegmentInputs.projectId(table).equals(parameters.input())).findFirst().orElse(null);
        if (stored == null) {
            pending = null;
            problem.set(Messages.get("segment.error.restoreNoInput", parameters.input()));
        } else if (current != null && SegmentInputs.projectId(current).equals(parameters.input())) {
            applyPending();
        } else {
            input.selectedProperty().set(stored);
        }
    }

    /**
     * The parameters of the segmentation shown, for the project file; empty while nothing is
     * segmented (the page was not used).
     */
    public Optional<SegmentParameters> projectParameters() {
        if (pending != null) {
            return Optional.of(pending.parameters());
        }
        SegmentationResult shownResult = result.get();
        if (shownResult == null || current == null) {
            return Optional.empty();
        }
        return Optional.of(SegmentParameters.of(SegmentInputs.projectId(current), shownResult.parameters(),
                setup.fromKProperty().get(), setup.toKProperty().get()));
    }

    /** The segment names for the project file: the user's, or those still waiting for a restored result. */
    public Map<String, String> projectSegmentNames() {
        return pending != null ? pending.names() : segmentNames();
    }

    /** Adds the segment as a column of the input and offers that table to the other pages. */
    public void addSegmentColumn() {
        InputTable table = current;
        use.publish(table, result.get(), table != null && ownTables.contains(table.label()));
    }

    private record Restore(SegmentParameters parameters, Map<String, String> names) {
    }

    private record SweepOutcome(KSweepResult sweep, SegmentationResult result) {
    }

    /** Applies the project's setup to the current input and segments with it. */
    private void applyPending() {
        Restore restoring = pending;
        pending = null;
        applying = true;
        setup.apply(restoring.parameters());
        applying = false;
        pendingNames = restoring.names();
        run();
    }

    /** The input with its roles, or null (with the problem said) while there is none. */
    private InputTable requireInput() {
        if (current == null && input.selectedProperty().get() == null) {
            problem.set(Messages.get("segment.noInput"));
        }
        return current;
    }

    private <T> void start(BackgroundTask<T> work, java.util.function.Consumer<T> onSuccess) {
        cancel();
        Object mine = new Object();
        token = mine;
        running.set(true);
        task = executor.execute(work
                .onSuccess(outcome -> {
                    if (token == mine) {
                        problem.set("");
                        missingQuestion.set(false);
                        onSuccess.accept(outcome);
                    }
                })
                .onFailure(error -> {
                    if (token == mine) {
                        failed(error);
                    }
                })
                .onFinished(() -> {
                    if (token == mine) {
                        running.set(false);
                        task = null;
                    }
                }));
    }

    private void failed(Throwable error) {
        if (error instanceof BadInputException bad) {
            problem.set(bad.getMessage());
            missingQuestion.set(bad.key().equals("segment.error.missing"));
        } else {
            dialogs.showError(Messages.get("segment.error.title"), ErrorText.of(error), error);
        }
    }

    private void show(InputTable table, SegmentationResult computed) {
        if (table != current) {
            return;
        }
        stale.set(false);
        cards.clear();
        result.set(computed);
        if (comparedFeature.get() >= computed.features().size()) {
            comparedFeature.set(0);
        }
        List<SegmentCard> made = new ArrayList<>();
        for (int segment = 0; segment < computed.k(); segment++) {
            SegmentCard card = new SegmentCard(computed.profiles().get(segment), computed.name(segment), "");
            int index = segment;
            card.nameProperty().addListener((obs, old, name) -> result.set(result.get().withName(index, name)));
            made.add(card);
        }
        cards.setAll(made);
        Map<String, String> names = pendingNames;
        pendingNames = Map.of();
        names.forEach((number, name) -> {
            int segment = SegmentParameters.segmentIndex(number);
            if (segment >= 0 && segment < made.size()) {
                made.get(segment).nameProperty().set(name);
            }
        });
    }

    private void inputChanged(InputTable selected) {
        cancel();
        token = null;
        running.set(false);
        current = null;
        applying = true;
        setup.load(null);
        applying = false;
        sweep.set(null);
        result.set(null);
        cards.clear();
        stale.set(false);
        missingQuestion.set(false);
        problem.set(selected == null ? Messages.get("segment.noInput") : "");
        if (selected == null) {
            return;
        }
        start(BackgroundTask.of(Messages.get("segment.task.columns", selected.label()),
                progress -> SegmentInputs.withRoles(selected, progress)), table -> {
                    current = table;
                    applying = true;
                    setup.load(table);
                    applying = false;
                    if (pending != null && SegmentInputs.projectId(table).equals(pending.parameters().input())) {
                        applyPending();
                        return;
                    }
                    pending = null;
                    if (table.table().rowCount() <= AUTO_SWEEP_ROWS) {
                        sweep();
                    }
                });
    }
}
