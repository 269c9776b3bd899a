package org.marketingworkbench.ui.explore;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.explore.BoxPlots;
import org.marketingworkbench.explore.Distributions;
import org.marketingworkbench.explore.Pivot;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.InputTable;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** The distribution part of the Explore page: one column, an optional split column and the histogram's bins. */
public final class DistributionViewModel {
    private final StringProperty column = new SimpleStringProperty(this, "column", "");
    private final StringProperty splitBy = new SimpleStringProperty(this, "splitBy", "");
    private final IntegerProperty bins = new SimpleIntegerProperty(this, "bins", 0);
    private final ReadOnlyObjectWrapper<Distribution> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final LatestTask task;
    private InputTable input;
    private boolean adjusting;

    DistributionViewModel(TaskExecutor executor, DialogService dialogs) {
        task = new LatestTask(executor, dialogs, problem);
        column.addListener((obs, old, value) -> compute());
        splitBy.addListener((obs, old, value) -> compute());
        bins.addListener((obs, old, value) -> compute());
    }

    /** The column whose distribution is shown. */
    public StringProperty columnProperty() {
        return column;
    }

    /** The column to split by (hue for categories, groups for box plots), or empty for none. */
    public StringProperty splitByProperty() {
        return splitBy;
    }

    /** Histogram bins; 0 chooses them by Sturges' rule. */
    public IntegerProperty binsProperty() {
        return bins;
    }

    /** The distribution of the chosen column, or null while there is none. */
    public ReadOnlyObjectProperty<Distribution> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A new input: choices that no longer exist fall back to the defaults, then it is computed again. */
    void setInput(InputTable table) {
        input = table;
        adjusting = true;
        if (table == null) {
            column.set("");
            splitBy.set("");
        } else {
            List<String> names = table.table().columnNames();
            if (!names.contains(column.get())) {
                column.set(ExploreColumns.firstNumber(table));
            }
            if (!names.contains(splitBy.get())) {
                splitBy.set("");
            }
        }
        adjusting = false;
        compute();
    }

    private void compute() {
        if (adjusting) {
            return;
        }
        if (input == null || column.get() == null || column.get().isEmpty()) {
            task.cancel();
            result.set(null);
            problem.set("");
            return;
        }
        Table table = input.table();
        String name = column.get();
        String split = splitBy.get() == null || splitBy.get().equals(name) ? "" : splitBy.get();
        int binCount = bins.get();
        task.run(Messages.get("explore.task.distribution", name), progress -> distribution(table, name, split,
                binCount, progress), result::set, () -> result.set(null));
    }

    static Distribution distribution(Table table, String name, String split, int bins, Progress progress) {
        if (table.containsColumn(name) && table.column(name) instanceof NumericColumn<?>) {
            return new Distribution(name, split, Distributions.histogram(table, name, bins),
                    BoxPlots.byGroup(table, name, split, progress), null, null);
        }
        if (split.isEmpty()) {
            return new Distribution(name, split, null, List.of(), Distributions.categories(table, name, 0), null);
        }
        return new Distribution(name, split, null, List.of(), null, Pivot.countsByHue(table, name, split, progress));
    }
}
