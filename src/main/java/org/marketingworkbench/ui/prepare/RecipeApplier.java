package org.marketingworkbench.ui.prepare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Recipe;
import org.marketingworkbench.prepare.RecipeResult;
import org.marketingworkbench.prepare.StepFailedException;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.task.TaskHandle;
import org.marketingworkbench.ui.workspace.InputTable;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;
import tech.tablesaw.api.Table;

/**
 * Runs a recipe in the background, one run at a time (a new edit cancels the run before it),
 * and publishes the prepared table to the workspace as every other page's input.
 */
final class RecipeApplier {
    private final WorkspaceViewModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<StepItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RecipeResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private TaskHandle current;
    /** Counts runs, so a late callback of a superseded run changes nothing. */
    private long generation;

    RecipeApplier(WorkspaceViewModel workspace, TaskExecutor executor, DialogService dialogs) {
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    ObservableList<StepItem> items() {
        return items;
    }

    ReadOnlyObjectProperty<RecipeResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    void apply(Recipe recipe) {
        if (current != null) {
            current.cancel();
            current = null;
        }
        long run = ++generation;
        showItems(recipe, null, -1);
        DataSource source = workspace.sources().stream().filter(open -> open.name().equals(recipe.input()))
                .findFirst().orElse(null);
        if (source == null) {
            failed(recipe.input() == null ? Messages.get("prepare.noInput")
                    : Messages.get("prepare.inputMissing", recipe.input()));
            return;
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        workspace.sources().forEach(open -> tables.put(open.name(), open.table()));
        ApplyContext context = new ApplyContext(tables);
        running.set(true);
        problem.set("");
        current = executor.execute(BackgroundTask.of(Messages.get("prepare.task.apply"),
                progress -> recipe.apply(context, progress))
                .onSuccess(done -> {
                    if (run == generation) {
                        succeeded(recipe, done, source);
                    }
                })
                .onFailure(error -> {
                    if (run == generation) {
                        runFailed(recipe, error);
                    }
                })
                .onCancelled(() -> {
                    if (run == generation) {
                        failed(Messages.get("prepare.cancelled"));
                    }
                })
                .onFinished(() -> {
                    if (run == generation) {
                        running.set(false);
                    }
                }));
    }

    private void succeeded(Recipe recipe, RecipeResult done, DataSource source) {
        problem.set("");
        result.set(done);
        showItems(recipe, done, -1);
        if (recipe.steps().isEmpty()) {
            // with no step the "prepared data" would only repeat the file; pages take the file itself
            workspace.preparedProperty().set(null);
            return;
        }
        // the recipe's input decides first; columns joined or concatenated in keep their own file's
        // roles, so personal data from a joined customer file stays personal (left out, pseudonymised)
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        java.util.List<DataSource> origins = new java.util.ArrayList<>(java.util.List.of(source));
        origins.addAll(workspace.sources());
        for (DataSource origin : origins) {
            origin.roles().forEach((column, role) -> {
                if (done.table().columnNames().contains(column)) {
                    roles.putIfAbsent(column, role);
                }
            });
        }
        workspace.preparedProperty().set(new InputTable(Messages.get("prepare.preparedLabel"), true, done.table(),
                roles));
    }

    private void runFailed(Recipe recipe, Throwable error) {
        if (error instanceof StepFailedException stepFailed) {
            showItems(recipe, null, stepFailed.stepIndex());
        }
        failed(ErrorText.of(error));
        if (!(error instanceof BadInputException)) {
            dialogs.showError(Messages.get("prepare.task.apply"), ErrorText.of(error), error);
        }
    }

    /** No prepared table: pages fall back to the open files rather than use an outdated one. */
    private void failed(String message) {
        problem.set(message);
        result.set(null);
        running.set(false);
        workspace.preparedProperty().set(null);
    }

    private void showItems(Recipe recipe, RecipeResult done, int failedStep) {
        List<StepItem> next = new ArrayList<>();
        for (int index = 0; index < recipe.steps().size(); index++) {
            next.add(new StepItem(index, recipe.steps().get(index), done == null ? null : done.reports().get(index),
                    index == failedStep));
        }
        items.setAll(next);
    }
}
