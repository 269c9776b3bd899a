package org.marketingworkbench.ui.explore;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.marketingworkbench.explore.CorrelationMatrix;
import org.marketingworkbench.explore.Correlations;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.InputTable;
import tech.tablesaw.api.Table;

/** The correlation part of the Explore page: which number columns, Pearson or Spearman, and the matrix. */
public final class CorrelationViewModel {
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<Correlations.Method> method = new SimpleObjectProperty<>(this, "method",
            Correlations.Method.PEARSON);
    private final ReadOnlyObjectWrapper<CorrelationMatrix> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final LatestTask task;
    private InputTable input;
    private boolean adjusting;

    CorrelationViewModel(TaskExecutor executor, DialogService dialogs) {
        task = new LatestTask(executor, dialogs, problem);
        columns.addListener((ListChangeListener<String>) change -> compute());
        method.addListener((obs, old, value) -> compute());
    }

    /** The columns correlated, in table order; the page starts with every number column but ids and personal data. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObjectProperty<Correlations.Method> methodProperty() {
        return method;
    }

    /** The matrix, or null while there is none. */
    public ReadOnlyObjectProperty<CorrelationMatrix> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Chooses these columns (those the input has), or the default ones when none of them is there. */
    public void choose(List<String> names) {
        if (input == null) {
            return;
        }
        List<String> present = ExploreColumns.numbers(input).stream().filter(names::contains).toList();
        adjusting = true;
        columns.setAll(present.isEmpty() ? ExploreColumns.analysableNumbers(input) : present);
        adjusting = false;
        compute();
    }

    /** Chooses exactly these columns (those the input has), as the user checked them; fewer than two is a problem. */
    public void chooseExactly(List<String> names) {
        if (input == null) {
            return;
        }
        adjusting = true;
        columns.setAll(ExploreColumns.numbers(input).stream().filter(names::contains).toList());
        adjusting = false;
        compute();
    }

    /** A new input: chosen columns it still has are kept, else the defaults are taken. */
    void setInput(InputTable table) {
        input = table;
        if (table == null) {
            adjusting = true;
            columns.clear();
            adjusting = false;
            compute();
            return;
        }
        choose(List.copyOf(columns));
    }

    private void compute() {
        if (adjusting) {
            return;
        }
        if (input == null) {
            task.cancel();
            result.set(null);
            problem.set("");
            return;
        }
        List<String> chosen = List.copyOf(columns);
        if (chosen.size() < 2) {
            // Correlations would take every number column for an empty list; the user chose fewer than two
            task.cancel();
            result.set(null);
            problem.set(Messages.get("explore.error.fewNumericColumns"));
            return;
        }
        Table table = input.table();
        Correlations.Method chosenMethod = method.get();
        task.run(Messages.get("explore.task.correlation"), progress -> Correlations.matrix(table, chosen,
                chosenMethod, progress), result::set, () -> result.set(null));
    }
}
