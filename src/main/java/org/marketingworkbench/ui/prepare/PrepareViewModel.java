package org.marketingworkbench.ui.prepare;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.Recipe;
import org.marketingworkbench.prepare.RecipeResult;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.rfm.RuleCounts;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;
import tech.tablesaw.api.Table;

/**
 * The Prepare page: the recipe being edited, with undo and redo, the steps with what each did the
 * last time the recipe ran, and the prepared table, which it offers to every other page. Each
 * edit re-applies the recipe in the background ({@link RecipeApplier}).
 */
public final class PrepareViewModel {
    private final WorkspaceViewModel workspace;
    private final RecipeApplier applier;
    private final RecipeHistory history = new RecipeHistory();
    private final ReadOnlyObjectWrapper<Recipe> recipe = new ReadOnlyObjectWrapper<>(this, "recipe", Recipe.on(null));
    private final ObservableList<String> sourceNames = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<StepItem> selectedItem = new ReadOnlyObjectWrapper<>(this, "selectedItem");
    private final ReadOnlyObjectWrapper<Table> affectedRows = new ReadOnlyObjectWrapper<>(this, "affectedRows");
    private final TaskExecutor executor;

    public PrepareViewModel(WorkspaceViewModel workspace, TaskExecutor executor, DialogService dialogs) {
        this.workspace = workspace;
        this.executor = executor;
        this.applier = new RecipeApplier(workspace, executor, dialogs);
        applier.items().addListener((ListChangeListener<StepItem>) change -> refreshSelection());
        selectedIndex.addListener((obs, old, index) -> refreshSelection());
        selectedItem.addListener((obs, old, item) -> loadAffectedRows(item));
        workspace.sources().addListener((ListChangeListener<DataSource>) change -> sourcesChanged());
        sourcesChanged();
    }

    /** The recipe as it stands; every edit goes through the methods below so it can be undone. */
    public ReadOnlyObjectProperty<Recipe> recipeProperty() {
        return recipe.getReadOnlyProperty();
    }

    /** The names of the open sources: the recipe's possible inputs and the files to append or join. */
    public ObservableList<String> sourceNames() {
        return sourceNames;
    }

    /** One item per step, in recipe order. */
    public ObservableList<StepItem> items() {
        return applier.items();
    }

    /** The step the page shows details of, or -1. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public ReadOnlyObjectProperty<StepItem> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    /**
     * The rows the selected step removed or changed, as they were, with their row numbers first;
     * null while there are none. Built in the background: a step may have touched a million rows.
     */
    public ReadOnlyObjectProperty<Table> affectedRowsProperty() {
        return affectedRows.getReadOnlyProperty();
    }

    /** The last successful run: the prepared table and the step reports; null before one or after a failure. */
    public ReadOnlyObjectProperty<RecipeResult> resultProperty() {
        return applier.resultProperty();
    }

    /** What keeps the recipe from running (no data open, a step that cannot run), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return applier.problemProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return applier.runningProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** Reads another open source (an edit: undo goes back to the previous input). */
    public void setInput(String source) {
        if (source != null && !source.equals(recipe.get().input())) {
            edit(recipe.get().withInput(source));
        }
    }

    /** Adds a step after the selected one (at the end when none is selected) and selects it. */
    public void add(Step step) {
        int selected = selectedIndex.get();
        int index = selected < 0 ? recipe.get().steps().size() : selected + 1;
        edit(recipe.get().insert(index, step));
        selectedIndex.set(index);
    }

    /** Replaces the step at {@code index} by its edited version. */
    public void replace(int index, Step step) {
        if (!step.equals(recipe.get().steps().get(index))) {
            edit(recipe.get().replace(index, step));
        }
    }

    public void remove(int index) {
        edit(recipe.get().remove(index));
        selectedIndex.set(Math.min(index, recipe.get().steps().size() - 1));
    }

    /** Moves a step one place up (-1) or down (+1); the selection follows it. */
    public void move(int index, int offset) {
        int target = index + offset;
        if (target >= 0 && target < recipe.get().steps().size()) {
            edit(recipe.get().move(index, target));
            selectedIndex.set(target);
        }
    }

    public void setEnabled(int index, boolean enabled) {
        if (recipe.get().steps().get(index).enabled() != enabled) {
            edit(recipe.get().withEnabled(index, enabled));
        }
    }

    public void undo() {
        if (history.canUndoProperty().get()) {
            show(history.undo(recipe.get()));
        }
    }

    public void redo() {
        if (history.canRedoProperty().get()) {
            show(history.redo(recipe.get()));
        }
    }

    /** Takes a recipe from an opened project: the edit history starts afresh. */
    public void restore(Recipe restored) {
        history.clear();
        selectedIndex.set(restored.steps().size() - 1);
        show(restored.input() == null && !sourceNames.isEmpty() ? restored.withInput(sourceNames.get(0)) : restored);
    }

    /** Runs the recipe again (after the user fixed a source, or cancelled a run). */
    public void reapply() {
        applier.apply(recipe.get());
    }

    /**
     * The columns the step at {@code index} can see, as far as the last run tells: the input's
     * columns with the earlier steps' additions, removals and renames. For the editors' choices.
     */
    public List<String> columnsBefore(int index) {
        DataSource source = source(recipe.get().input());
        return source == null ? List.of() : ColumnTrail.before(source.table().columnNames(), applier.items(), index);
    }

    /** A new step with the columns guessed from their names where they tell (an order-lines aggregation, an age). */
    public Step suggest(Step blank) {
        return StepSuggestions.suggest(blank, columnsBefore(recipe.get().steps().size()), java.time.LocalDate.now());
    }

    /** The columns of an open source (a join's other key). */
    public List<String> columnsOf(String sourceName) {
        DataSource source = source(sourceName);
        return source == null ? List.of() : source.table().columnNames();
    }

    /** How many customers of the prepared table each RFM rule covers, in rule order; empty without scores. */
    public long[] ruleCounts() {
        RecipeResult result = applier.resultProperty().get();
        return result == null ? new long[0] : RuleCounts.of(result.table());
    }

    /** Columns that hold personal data in any open source: pseudonymised when rows are exported. */
    public Set<String> personalColumns() {
        Set<String> columns = new TreeSet<>();
        workspace.sources().forEach(source -> columns.addAll(WorkspaceViewModel.inputOf(source).personalColumns()));
        return columns;
    }

    private void edit(Recipe next) {
        history.edited(recipe.get());
        show(next);
    }

    private void show(Recipe next) {
        recipe.set(next);
        if (selectedIndex.get() >= next.steps().size()) {
            selectedIndex.set(next.steps().size() - 1);
        }
        applier.apply(next);
    }

    private void sourcesChanged() {
        sourceNames.setAll(workspace.sources().stream().map(DataSource::name).toList());
        Recipe current = recipe.get();
        if ((current.input() == null || !sourceNames.contains(current.input())) && !sourceNames.isEmpty()
                && current.steps().isEmpty()) {
            // nothing to undo yet: the first open file is the natural input until the user chooses
            recipe.set(current.withInput(sourceNames.get(0)));
        }
        applier.apply(recipe.get());
    }

    private DataSource source(String name) {
        return workspace.sources().stream().filter(source -> source.name().equals(name)).findFirst().orElse(null);
    }

    private void loadAffectedRows(StepItem item) {
        affectedRows.set(null);
        if (item == null || item.report() == null || item.report().affected().count() == 0) {
            return;
        }
        executor.execute(BackgroundTask.of(Messages.get("prepare.task.rows"), progress -> item.report().affected().rows())
                .onSuccess(rows -> {
                    if (item.equals(selectedItem.get())) {
                        affectedRows.set(rows);
                    }
                }));
    }

    private void refreshSelection() {
        int index = selectedIndex.get();
        List<StepItem> items = applier.items();
        selectedItem.set(index >= 0 && index < items.size() ? items.get(index) : null);
    }
}
