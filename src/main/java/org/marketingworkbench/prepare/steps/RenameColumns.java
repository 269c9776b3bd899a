package org.marketingworkbench.prepare.steps;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Gives columns new names (old name to new name). Names may be swapped; the result must not hold
 * two columns of the same name.
 *
 * @param enabled whether the recipe applies this step
 * @param names   old name to new name, in the order the user listed them
 */
public record RenameColumns(Boolean enabled, Map<String, String> names) implements Step {

    public RenameColumns {
        enabled = StepSupport.enabled(enabled);
        names = names == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    public static RenameColumns of(String from, String to) {
        return new RenameColumns(true, Map.of(from, to));
    }

    @Override
    public RenameColumns withEnabled(boolean value) {
        return new RenameColumns(value, names);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        if (names.isEmpty()) {
            throw new BadInputException("prepare.error.noColumnChosen");
        }
        names.keySet().forEach(name -> Columns.require(table, name));
        ReportBuilder report = new ReportBuilder(this, input);
        Table output = Table.create(table.name());
        for (Column<?> column : table.columns()) {
            String renamed = names.get(column.name());
            if (renamed == null || renamed.equals(column.name())) {
                requireUnique(output, column.name());
                output.addColumns(column);
                continue;
            }
            if (renamed.isBlank()) {
                throw new BadInputException("prepare.error.noNewName");
            }
            String name = renamed.trim();
            requireUnique(output, name);
            // a copy: the input table keeps its column under the old name
            output.addColumns(column.copy().setName(name));
            report.renamed(column.name(), name);
        }
        return report.sameRows(output);
    }

    private static void requireUnique(Table output, String name) {
        if (output.containsColumn(name)) {
            throw new BadInputException("prepare.error.nameTaken", name);
        }
    }
}
