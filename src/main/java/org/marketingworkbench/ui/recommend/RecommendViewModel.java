package org.marketingworkbench.ui.recommend;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.recommend.ColumnGuess;
import org.marketingworkbench.recommend.ItemAttributeColumns;
import org.marketingworkbench.recommend.RecommendCsv;
import org.marketingworkbench.recommend.RecommendRequest;
import org.marketingworkbench.recommend.RecommendResult;
import org.marketingworkbench.recommend.SegmentItems;
import org.marketingworkbench.recommend.SegmentTopItems;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.task.TaskHandle;
import org.marketingworkbench.ui.workspace.InputSelection;
import org.marketingworkbench.ui.workspace.InputTable;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * The Recommend page: the interaction table and its columns, the item attribute and segment
 * tables, the settings, and the run that trains, recommends and evaluates in the background.
 * A new input table runs at once; changed settings wait for {@link #run()} (large data takes seconds).
 */
public final class RecommendViewModel {
    static final int SEGMENT_ITEMS = 10;

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final InputSelection input;
    private final RecommendMapping mapping = new RecommendMapping();
    private final InputSelection attributes;
    private final InputSelection segments;
    private final StringProperty segmentColumn = new SimpleStringProperty(this, "segmentColumn", "");
    private final RecommendSettings settings = new RecommendSettings();
    private final ReadOnlyObjectWrapper<RecommendRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableList<SegmentItems> segmentItems = FXCollections.observableArrayList();
    private final RecommendLookup lookup = new RecommendLookup(run.getReadOnlyProperty());
    private TaskHandle task;

    public RecommendViewModel(WorkspaceViewModel workspace, TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.input = new InputSelection(workspace, RecommendViewModel::looksLikeInteractions);
        this.attributes = new InputSelection(workspace, this::describesItems);
        this.segments = new InputSelection(workspace, this::holdsSegments);
        segments.selectedProperty().addListener((obs, old, table) -> guessSegmentColumn(table));
        guessSegmentColumn(segments.selectedProperty().get());
        segmentColumn.addListener((obs, old, column) -> refreshSegments());
        run.addListener((obs, old, current) -> refreshSegments());
        input.selectedProperty().addListener((obs, old, table) -> {
            mapping.guess(table);
            run();
        });
        mapping.guess(input.selectedProperty().get());
        for (javafx.beans.value.ObservableValue<?> setting : settings.all()) {
            setting.addListener((obs, old, value) -> stale.set(run.get() != null));
        }
        List.of(mapping.userProperty(), mapping.itemProperty(), mapping.valueProperty(), mapping.dateProperty())
                .forEach(column -> column.addListener((obs, old, value) -> stale.set(run.get() != null)));
        mapping.explicitProperty().addListener((obs, old, value) -> stale.set(run.get() != null));
        run();
    }

    /** A table with customer and item columns that is not an event log (cart events mix views with purchases). */
    static boolean looksLikeInteractions(InputTable table) {
        var guess = ColumnGuess.interactions(table.table(), table.roles());
        return guess.user() != null && guess.item() != null && !ColumnGuess.isEventLog(table.table());
    }

    /** Another table with one row per item of the item column (a catalogue, not more order lines). */
    private boolean describesItems(InputTable table) {
        InputTable interactions = input == null ? null : input.selectedProperty().get();
        String item = mapping.itemProperty().get();
        return table != interactions && table.table().columnNames().contains(item)
                && table.table().column(item).countUnique() == table.table().rowCount();
    }

    private boolean holdsSegments(InputTable table) {
        return table.table().columnNames().contains(mapping.userProperty().get())
                && ColumnGuess.segment(table.table()).isPresent();
    }

    private void guessSegmentColumn(InputTable table) {
        segmentColumn.set(table == null ? "" : ColumnGuess.segment(table.table()).orElse(""));
    }

    public InputSelection input() {
        return input;
    }

    public RecommendMapping mapping() {
        return mapping;
    }

    /** The item table for content-based scoring (its id column named like the item column). */
    public InputSelection attributes() {
        return attributes;
    }

    /** The table that gives each customer a segment (it may be the interactions themselves). */
    public InputSelection segments() {
        return segments;
    }

    public StringProperty segmentColumnProperty() {
        return segmentColumn;
    }

    /** The most recommended items of each segment; empty without a segment table and column. */
    public ObservableList<SegmentItems> segmentItems() {
        return segmentItems;
    }

    public RecommendSettings settings() {
        return settings;
    }

    /** The last finished run, or null. */
    public ReadOnlyObjectProperty<RecommendRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True when the columns or settings changed since the shown run. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public RecommendLookup lookup() {
        return lookup;
    }

    /** The item attribute columns guessed from the chosen item table, if it has any usable ones. */
    public Optional<ItemAttributeColumns> attributeColumns() {
        InputTable items = attributes.selectedProperty().get();
        return items == null ? Optional.empty() : ColumnGuess.attributes(items.table(), mapping.itemProperty().get());
    }

    /** Trains, recommends to everyone and evaluates in the background; a running run is cancelled first. */
    public void run() {
        InputTable table = input.selectedProperty().get();
        if (table == null) {
            problem.set(Messages.get("recommend.noInput"));
            run.set(null);
            return;
        }
        if (!mapping.complete()) {
            problem.set(Messages.get("recommend.noColumns"));
            return;
        }
        RecommendRequest request;
        try {
            request = settings.request(mapping.columns(), attributeColumns());
        } catch (RuntimeException e) {
            problem.set(ErrorText.of(e));
            return;
        }
        cancel();
        problem.set("");
        InputTable items = attributes.selectedProperty().get();
        running.set(true);
        task = executor.execute(BackgroundTask.of(Messages.get("recommend.task.run"), progress -> {
            RecommendResult result = request.run(table.table(), items == null ? null : items.table(), progress);
            return new RecommendRun(request, result, table.label());
        }).onSuccess(done -> {
            problem.set("");
            stale.set(false);
            run.set(done);
        }).onFailure(error -> {
            if (error instanceof BadInputException) {
                problem.set(ErrorText.of(error));
            } else {
                dialogs.showError(Messages.get("recommend.task.run"), ErrorText.of(error), error);
            }
        }).onFinished(() -> running.set(false)));
    }

    /** Counts each segment's recommendations in the background (it reads the whole segment table). */
    private void refreshSegments() {
        RecommendRun current = run.get();
        InputTable table = segments.selectedProperty().get();
        String column = segmentColumn.get();
        String userColumn = mapping.userProperty().get();
        if (current == null || table == null || column == null || column.isEmpty()
                || !table.table().columnNames().contains(userColumn)) {
            segmentItems.clear();
            return;
        }
        executor.execute(BackgroundTask.of(Messages.get("recommend.task.segments"), progress -> SegmentTopItems
                .of(table.table(), userColumn, column, current.result().recommendations(), SEGMENT_ITEMS))
                .onSuccess(segmentItems::setAll)
                .onFailure(error -> {
                    segmentItems.clear();
                    problem.set(ErrorText.of(error));
                }));
    }

    /** Stops the running run, if any; the shown results stay. */
    public void cancel() {
        if (task != null && !task.isDone()) {
            task.cancel();
        }
    }

    /** Asks where to save, then writes every customer's recommendations with reasons in the background. */
    public void exportRecommendations() {
        RecommendRun current = run.get();
        if (current == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToSave(Messages.get("recommend.export.title"), "recommendations.csv",
                List.of(new DialogService.FileType(Messages.get("recommend.export.csv"), List.of("*.csv"))));
        file.ifPresent(path -> executor.execute(BackgroundTask.of(Messages.get("recommend.export.task"), progress -> {
            RecommendCsv.writeRecommendations(path, current.result().model(), current.result().recommendations(),
                    progress);
            return path;
        }).onSuccess(written -> dialogs.notify(Messages.get("recommend.export.done",
                current.result().recommendations().total(), written.getFileName())))));
    }
}
