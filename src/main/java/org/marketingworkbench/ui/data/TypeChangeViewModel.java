package org.marketingworkbench.ui.data;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.data.ColumnMisfits;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.Misfit;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;

/**
 * Changing a column's type in two steps: {@link #preview} reads the column as the new type in
 * the background and shows how many cells would not fit, with the first ones and their rows;
 * {@link #apply} then swaps the source. Nothing changes until the user applies.
 */
public final class TypeChangeViewModel {
    /** Misfits shown as examples before applying. */
    static final int EXAMPLES = 8;

    private final TaskExecutor executor;
    private final ObjectProperty<DataSource> source;
    private final StringProperty column;
    private final BiConsumer<DataSource, DataSource> replace;
    private final ReadOnlyObjectWrapper<ColumnType> pendingType = new ReadOnlyObjectWrapper<>(this, "pendingType");
    private final ReadOnlyIntegerWrapper misfitCount = new ReadOnlyIntegerWrapper(this, "misfitCount");
    private final ObservableList<Misfit> examples = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private DataSource base;
    private DataSource retyped;

    TypeChangeViewModel(TaskExecutor executor, ObjectProperty<DataSource> source, StringProperty column,
            BiConsumer<DataSource, DataSource> replace) {
        this.executor = executor;
        this.source = source;
        this.column = column;
        this.replace = replace;
        source.addListener((obs, old, value) -> {
            if (value != retyped) {
                discard();
            }
        });
        column.addListener((obs, old, value) -> discard());
    }

    /** The type being previewed, or null. */
    public ReadOnlyObjectProperty<ColumnType> pendingTypeProperty() {
        return pendingType.getReadOnlyProperty();
    }

    /** Cells that would not fit the previewed type (they would become missing). */
    public ReadOnlyIntegerProperty misfitCountProperty() {
        return misfitCount.getReadOnlyProperty();
    }

    /** The first cells that would not fit, with their table rows and file lines. */
    public ObservableList<Misfit> examples() {
        return examples;
    }

    /** True once a preview is computed and can be applied. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads the inspected column as {@code type} without applying it yet. */
    public void preview(ColumnType type) {
        DataSource current = source.get();
        String name = column.get();
        discard();
        if (current == null || name == null || type == null || type == current.types().get(name)) {
            return;
        }
        pendingType.set(type);
        executor.execute(BackgroundTask.of(Messages.get("data.task.retype", name), progress -> current.withColumnType(
                name, type)).onSuccess(changed -> {
                    if (source.get() != current || !name.equals(column.get()) || pendingType.get() != type) {
                        return;
                    }
                    base = current;
                    retyped = changed;
                    List<Misfit> misfits = changed.report() == null ? List.of()
                            : changed.report().misfits(name).map(ColumnMisfits::misfits).orElse(List.of());
                    misfitCount.set(changed.report() == null ? 0
                            : changed.report().misfits(name).map(ColumnMisfits::count).orElse(0));
                    examples.setAll(misfits.subList(0, Math.min(EXAMPLES, misfits.size())));
                    ready.set(true);
                }).onFailure(error -> {
                    pendingType.set(null);
                    problem.set(ErrorText.of(error));
                }));
    }

    /** Replaces the source by the one with the previewed type. */
    public void apply() {
        if (!ready.get() || source.get() != base) {
            return;
        }
        DataSource changed = retyped;
        replace.accept(base, changed);
        discard();
    }

    /** Forgets the preview; the column keeps its type. */
    public void discard() {
        base = null;
        retyped = null;
        pendingType.set(null);
        misfitCount.set(0);
        examples.clear();
        ready.set(false);
        problem.set("");
    }

    /** The sentence shown above the examples. */
    public String summary() {
        ColumnType type = pendingType.get();
        if (type == null || !ready.get()) {
            return "";
        }
        String typeName = Messages.get("data.type." + type.id());
        return misfitCount.get() == 0 ? Messages.get("data.retype.allFit", typeName)
                : Messages.get("data.retype.misfits", misfitCount.get(), typeName);
    }
}
