package org.marketingworkbench.ui.explore;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.explore.Describe;
import org.marketingworkbench.explore.TableSummary;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.InputSelection;
import org.marketingworkbench.ui.workspace.InputTable;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;
import tech.tablesaw.api.Table;

/**
 * The Explore page over the chosen input (the prepared data first, or any open source): the
 * statistics of every column, and the distribution, pivot and correlation parts. Every
 * computation runs in the background; a new choice replaces the one still running.
 */
public final class ExploreViewModel {
    private final InputSelection input;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> numberColumns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TableSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final LatestTask describe;
    private final DistributionViewModel distribution;
    private final PivotViewModel pivot;
    private final CorrelationViewModel correlation;
    private final PairViewModel pair;

    public ExploreViewModel(WorkspaceViewModel workspace, TaskExecutor executor, DialogService dialogs) {
        describe = new LatestTask(executor, dialogs, problem);
        distribution = new DistributionViewModel(executor, dialogs);
        pivot = new PivotViewModel(executor, dialogs);
        correlation = new CorrelationViewModel(executor, dialogs);
        pair = new PairViewModel(executor, dialogs);
        input = new InputSelection(workspace, table -> true);
        input.selectedProperty().addListener((obs, old, table) -> refresh());
        refresh();
    }

    public InputSelection input() {
        return input;
    }

    /** Every column of the input, in table order. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** The number columns of the input. */
    public ObservableList<String> numberColumns() {
        return numberColumns;
    }

    /** The statistics of every column, or null while there are none. */
    public ReadOnlyObjectProperty<TableSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the statistics are missing (no input, bad data), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public DistributionViewModel distribution() {
        return distribution;
    }

    public PivotViewModel pivot() {
        return pivot;
    }

    public CorrelationViewModel correlation() {
        return correlation;
    }

    public PairViewModel pair() {
        return pair;
    }

    private void refresh() {
        InputTable current = input.selectedProperty().get();
        if (current == null) {
            describe.cancel();
            columns.clear();
            numberColumns.clear();
            summary.set(null);
            problem.set(Messages.get("explore.noInput"));
        } else {
            columns.setAll(current.table().columnNames());
            numberColumns.setAll(ExploreColumns.numbers(current));
            Table table = current.table();
            summary.set(null);
            describe.run(Messages.get("explore.task.describe"), progress -> Describe.table(table, progress),
                    summary::set, () -> summary.set(null));
        }
        distribution.setInput(current);
        pivot.setInput(current);
        correlation.setInput(current);
        pair.setInput(current);
    }
}
