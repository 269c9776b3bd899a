package org.marketingworkbench.ui.predict;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.PredictionResult;
import org.marketingworkbench.predict.score.ScoredCustomer;
import org.marketingworkbench.predict.score.Scorer;
import org.marketingworkbench.predict.score.ScoringResult;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.InputTable;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;
import tech.tablesaw.api.Table;

/**
 * Scoring another table with the selected model: an open table or a file, the probability and
 * predicted class per customer, the most likely buyers, and what the model made of the table's
 * columns (missing ones stop it, extra ones and unseen categories are noted).
 */
public final class ScoringViewModel {
    /** Customers in the "most likely buyers" list unless the user asks for another number. */
    static final int DEFAULT_TOP = 20;

    private final WorkspaceViewModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableValue<PredictionResult> model;
    private final ObservableDoubleValue threshold;
    private final ObjectProperty<InputTable> table = new SimpleObjectProperty<>(this, "table");
    private final ReadOnlyObjectWrapper<ScoringResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<ScoredCustomer> customers = FXCollections.observableArrayList();
    private final ObservableList<ScoredCustomer> topBuyers = FXCollections.observableArrayList();
    private final IntegerProperty topCount = new SimpleIntegerProperty(this, "topCount", DEFAULT_TOP);
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** The raw scores at the model's own threshold; {@link #result} relabels them at the page's threshold. */
    private ScoringResult scored;

    ScoringViewModel(WorkspaceViewModel workspace, TaskExecutor executor, DialogService dialogs,
            ObservableValue<PredictionResult> model, ObservableDoubleValue threshold) {
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.model = model;
        this.threshold = threshold;
        table.addListener((obs, old, value) -> score());
        model.addListener((obs, old, value) -> score());
        threshold.addListener((obs, old, value) -> relabel());
        topCount.addListener((obs, old, value) -> relabel());
    }

    /** The open tables to choose from. */
    public ObservableList<InputTable> choices() {
        return workspace.inputs();
    }

    /** The table to score, or null. */
    public ObjectProperty<InputTable> tableProperty() {
        return table;
    }

    public ReadOnlyObjectProperty<ScoringResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Every scored customer, in the table's order. */
    public ObservableList<ScoredCustomer> customers() {
        return customers;
    }

    /** The customers most likely to buy, highest probability first. */
    public ObservableList<ScoredCustomer> topBuyers() {
        return topBuyers;
    }

    public IntegerProperty topCountProperty() {
        return topCount;
    }

    /** Ignored columns and unseen categories, one sentence each; empty when there are none. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** Why the table cannot be scored (missing columns, text in a number column), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Asks for a file, loads it in the background and scores it (it is not added to the open tables). */
    public void chooseFile() {
        dialogs.chooseFileToOpen(Messages.get("predict.score.chooseFile"),
                List.of(new DialogService.FileType(Messages.get("files.data"), WorkspaceViewModel.DATA_PATTERNS)))
                .ifPresent(this::scoreFile);
    }

    /** Loads a file in the background and scores it. */
    public void scoreFile(Path file) {
        executor.execute(BackgroundTask.of(Messages.get("task.loadFile", file.getFileName()),
                progress -> DataLoader.load(file, LoadOptions.detect(), progress))
                .onSuccess((DataSource source) -> table.set(WorkspaceViewModel.inputOf(source)))
                .onFailure(error -> dialogs.showError(Messages.get("data.error.loadTitle", file.getFileName()),
                        ErrorText.of(error), error)));
    }

    /** The scores as a table (id, probability, predicted_class) for the export button. */
    public Table scoresTable() {
        ScoringResult current = result.get();
        return current == null ? Table.create("scores") : current.table("scores");
    }

    private void score() {
        PredictionResult trained = model.getValue();
        InputTable chosen = table.get();
        if (trained == null || chosen == null) {
            show(null, "");
            return;
        }
        Map<String, ColumnRole> roles = chosen.roles();
        String id = Scorer.idColumn(chosen.table(), roles, trained.model().preprocessing().features());
        double cut = threshold.get();
        executor.execute(BackgroundTask.of(Messages.get("predict.task.score", chosen.label()),
                progress -> Scorer.score(trained.model(), trained.target(), chosen.table(), id, cut))
                .onSuccess(scores -> show(scores, ""))
                .onFailure(error -> {
                    if (error instanceof BadInputException) {
                        show(null, error.getMessage());
                    } else {
                        show(null, "");
                        dialogs.showError(Messages.get("predict.error.scoreTitle"), ErrorText.of(error), error);
                    }
                }));
    }

    private void show(ScoringResult scores, String why) {
        scored = scores;
        problem.set(why);
        notes.set(scores == null ? "" : String.join("\n", scores.warnings()));
        relabel();
    }

    private void relabel() {
        PredictionResult trained = model.getValue();
        if (scored == null || trained == null) {
            result.set(null);
            customers.clear();
            topBuyers.clear();
            return;
        }
        ScoringResult current = scored.atThreshold(threshold.get(), trained.target());
        result.set(current);
        customers.setAll(current.customers());
        topBuyers.setAll(current.mostLikelyBuyers(Math.max(1, topCount.get())));
    }
}
