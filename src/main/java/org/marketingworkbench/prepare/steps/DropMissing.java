package org.marketingworkbench.prepare.steps;

import java.util.List;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * Removes the rows that have a missing value in any of the chosen columns, or in any column at
 * all when none is chosen. Empty text counts as missing (Tablesaw's rule).
 *
 * @param enabled whether the recipe applies this step
 * @param columns the columns to check; empty means every column
 */
public record DropMissing(Boolean enabled, List<String> columns) implements Step {

    public DropMissing {
        enabled = StepSupport.enabled(enabled);
        columns = StepSupport.list(columns);
    }

    /** Drops rows with a missing value in any of {@code columns} (none given: in any column). */
    public static DropMissing in(String... columns) {
        return new DropMissing(true, List.of(columns));
    }

    @Override
    public DropMissing withEnabled(boolean value) {
        return new DropMissing(value, columns);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        Columns.requireAll(table, columns, false);
        List<String> checked = columns.isEmpty() ? table.columnNames() : columns;
        Selection missing = Selection.with();
        for (String name : checked) {
            progress.checkCancelled();
            missing.or(table.column(name).isMissing());
        }
        ReportBuilder report = new ReportBuilder(this, input).count("removed", missing.size());
        return Tables.removeRows(input, missing, report);
    }
}
