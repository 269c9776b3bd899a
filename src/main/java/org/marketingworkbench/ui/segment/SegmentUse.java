package org.marketingworkbench.ui.segment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.segment.IdentifierColumns;
import org.marketingworkbench.segment.SegmentTables;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.InputTable;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Putting segments to use: the input with a segment column, offered to the other pages through
 * the workspace, and the tables behind the exports (assignments, profiles).
 */
public final class SegmentUse {
    private final WorkspaceViewModel workspace;
    private final TaskExecutor executor;
    private final Consumer<String> ownLabels;
    private final ReadOnlyStringWrapper published = new ReadOnlyStringWrapper(this, "published", "");

    /** {@code ownLabels} learns the label of every table published, so the page does not take it as its input. */
    SegmentUse(WorkspaceViewModel workspace, TaskExecutor executor, Consumer<String> ownLabels) {
        this.workspace = workspace;
        this.executor = executor;
        this.ownLabels = ownLabels;
    }

    /** The label of the table last published with a segment column, or "". */
    public ReadOnlyStringProperty publishedProperty() {
        return published.getReadOnlyProperty();
    }

    /** The label a table with segments of {@code input} gets: "customers.csv + segments". */
    static String publishedLabel(InputTable input, boolean ownTable) {
        return ownTable ? input.label() : Messages.get("segment.published.label", input.label());
    }

    void publish(InputTable input, SegmentationResult result, boolean inputIsOwn) {
        if (input == null || result == null) {
            return;
        }
        String label = publishedLabel(input, inputIsOwn);
        ownLabels.accept(label);
        executor.execute(BackgroundTask.of(Messages.get("segment.task.publish", label),
                progress -> SegmentTables.withSegmentColumn(input.table(), result, label))
                .onSuccess(table -> {
                    Map<String, ColumnRole> roles = new LinkedHashMap<>(input.roles());
                    roles.put(SegmentTables.SEGMENT_COLUMN, ColumnRole.FEATURE);
                    workspace.publish(new InputTable(label, input.prepared(), table, roles));
                    published.set(label);
                }));
    }

    /** Id (or row number), segment number and name, distance to the centre: one row per input row. */
    static Table assignments(InputTable input, SegmentationResult result) {
        Optional<Column<?>> ids = IdentifierColumns.identifiers(input.table(), input.roles()).stream()
                .<Column<?>>map(input.table()::column).findFirst();
        return SegmentTables.assignments(result, ids, true);
    }
}
