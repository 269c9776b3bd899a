package org.marketingworkbench.ui.explore;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.marketingworkbench.explore.Pivot;
import org.marketingworkbench.explore.PivotResult;
import org.marketingworkbench.explore.PivotSpec;
import org.marketingworkbench.explore.PivotSpec.Aggregate;
import org.marketingworkbench.explore.PivotSpec.Percent;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.InputTable;
import tech.tablesaw.api.Table;

/** The pivot / cross-tab part of the Explore page: rows, columns, value, aggregation and percentages. */
public final class PivotViewModel {
    /** A default cross-tab column has at most this many values, so the table fits the page. */
    private static final int MAX_DEFAULT_COLUMNS = 12;
    private final StringProperty rows = new SimpleStringProperty(this, "rows", "");
    private final StringProperty columns = new SimpleStringProperty(this, "columns", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ObjectProperty<Aggregate> aggregate = new SimpleObjectProperty<>(this, "aggregate", Aggregate.COUNT);
    private final ObjectProperty<Percent> percent = new SimpleObjectProperty<>(this, "percent", Percent.NONE);
    private final ReadOnlyObjectWrapper<PivotResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final LatestTask task;
    private InputTable input;
    private boolean adjusting;

    PivotViewModel(TaskExecutor executor, DialogService dialogs) {
        task = new LatestTask(executor, dialogs, problem);
        List.of(rows, columns, value).forEach(property -> property.addListener((obs, old, now) -> compute()));
        aggregate.addListener((obs, old, now) -> compute());
        percent.addListener((obs, old, now) -> compute());
    }

    /** The column whose values make the rows. */
    public StringProperty rowsProperty() {
        return rows;
    }

    /** The column whose values make the columns, or empty for one column of totals. */
    public StringProperty columnsProperty() {
        return columns;
    }

    /** The number column summed or averaged (unused for counts). */
    public StringProperty valueProperty() {
        return value;
    }

    public ObjectProperty<Aggregate> aggregateProperty() {
        return aggregate;
    }

    public ObjectProperty<Percent> percentProperty() {
        return percent;
    }

    /** The pivot table, or null while there is none. */
    public ReadOnlyObjectProperty<PivotResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the choices ask for now. */
    public PivotSpec spec() {
        return new PivotSpec(rows.get(), columns.get(), value.get(), aggregate.get(), percent.get());
    }

    /** Takes every choice of {@code spec} at once (a restored project), then computes once. */
    public void apply(PivotSpec spec) {
        adjusting = true;
        rows.set(spec.rowColumn() == null ? "" : spec.rowColumn());
        columns.set(spec.columnColumn());
        value.set(spec.valueColumn() == null ? "" : spec.valueColumn());
        aggregate.set(spec.aggregate());
        percent.set(spec.percent());
        adjusting = false;
        compute();
    }

    /** A new input: choices that no longer exist fall back to the defaults (two category columns, a count). */
    void setInput(InputTable table) {
        input = table;
        adjusting = true;
        if (table == null) {
            rows.set("");
            columns.set("");
            value.set("");
        } else {
            List<String> names = table.table().columnNames();
            List<String> categories = ExploreColumns.categories(table);
            if (!names.contains(rows.get())) {
                rows.set(categories.isEmpty() ? ExploreColumns.firstNumber(table) : categories.get(0));
            }
            if (columns.get() == null || !columns.get().isEmpty() && !names.contains(columns.get())) {
                columns.set("");
            }
            if (columns.get().isEmpty()) {
                columns.set(ExploreColumns.fewestValues(table, categories.stream()
                        .filter(name -> !name.equals(rows.get())).toList(), MAX_DEFAULT_COLUMNS));
            }
            if (!names.contains(value.get())) {
                List<String> numbers = ExploreColumns.analysableNumbers(table);
                value.set(numbers.isEmpty() ? "" : numbers.get(0));
            }
        }
        adjusting = false;
        compute();
    }

    private void compute() {
        if (adjusting) {
            return;
        }
        if (input == null || rows.get() == null || rows.get().isEmpty()) {
            task.cancel();
            result.set(null);
            problem.set("");
            return;
        }
        Table table = input.table();
        PivotSpec spec = spec();
        task.run(Messages.get("explore.task.pivot"), progress -> Pivot.of(table, spec, progress), result::set,
                () -> result.set(null));
    }
}
