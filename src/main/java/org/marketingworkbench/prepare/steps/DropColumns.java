package org.marketingworkbench.prepare.steps;

import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.Table;

/**
 * Leaves out the chosen columns.
 *
 * @param enabled whether the recipe applies this step
 * @param columns the columns to leave out
 */
public record DropColumns(Boolean enabled, List<String> columns) implements Step {

    public DropColumns {
        enabled = StepSupport.enabled(enabled);
        columns = StepSupport.list(columns);
    }

    public static DropColumns of(String... columns) {
        return new DropColumns(true, List.of(columns));
    }

    @Override
    public DropColumns withEnabled(boolean value) {
        return new DropColumns(value, columns);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        Columns.requireAll(table, columns, true);
        if (columns.stream().distinct().count() >= table.columnCount()) {
            throw new BadInputException("prepare.error.dropAllColumns");
        }
        Table output = Tables.share(table);
        output.removeColumns(columns.stream().distinct().toArray(String[]::new));
        return new ReportBuilder(this, input).sameRows(output);
    }
}
