package org.marketingworkbench.ui.explore;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.marketingworkbench.explore.PairCheck;
import org.marketingworkbench.explore.PairRule;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.InputTable;
import tech.tablesaw.api.Table;

/** The quick pair check of the Explore page: support, confidence and lift of "A and B" for two 0/1 columns. */
public final class PairViewModel {
    private final StringProperty first = new SimpleStringProperty(this, "first", "");
    private final StringProperty second = new SimpleStringProperty(this, "second", "");
    private final ReadOnlyObjectWrapper<PairRule> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final LatestTask task;
    private InputTable input;

    PairViewModel(TaskExecutor executor, DialogService dialogs) {
        task = new LatestTask(executor, dialogs, problem);
        first.addListener((obs, old, value) -> compute());
        second.addListener((obs, old, value) -> compute());
    }

    /** Column A: the rule reads "customers with A also have B". */
    public StringProperty firstProperty() {
        return first;
    }

    public StringProperty secondProperty() {
        return second;
    }

    /** The rule, or null while two columns are not chosen or they are not 0/1. */
    public ReadOnlyObjectProperty<PairRule> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setInput(InputTable table) {
        input = table;
        if (table != null && !table.table().columnNames().contains(first.get())) {
            first.set("");
        }
        if (table != null && !table.table().columnNames().contains(second.get())) {
            second.set("");
        }
        compute();
    }

    private void compute() {
        task.cancel();
        result.set(null);
        problem.set("");
        String a = first.get();
        String b = second.get();
        if (input == null || a == null || a.isEmpty() || b == null || b.isEmpty()) {
            return;
        }
        Table table = input.table();
        task.run(Messages.get("explore.task.pair"), progress -> PairCheck.of(table, a, b), result::set,
                () -> result.set(null));
    }
}
