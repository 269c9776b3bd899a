package org.marketingworkbench.prepare.steps;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.AffectedRows;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Replaces values by an editable mapping table, for example 男, M and male to 1 and 女, F and female
 * to 0. Values are matched as text, trimmed and (by default) ignoring case. Values the table does not
 * list are kept, set missing or set to a default; the report counts them. The result is a number
 * column when every result is a number, else text.
 *
 * @param enabled      whether the recipe applies this step
 * @param column       the column to recode
 * @param mappings     the mapping table, one row per input value
 * @param unmapped     what happens to values the table does not list
 * @param defaultValue the value for unlisted values when {@code unmapped} is DEFAULT
 * @param ignoreCase   whether "Male" matches "male" (default true)
 * @param newColumn    the name of a new column for the result; empty to replace the column
 */
public record Recode(Boolean enabled, String column, List<Mapping> mappings, Unmapped unmapped, String defaultValue,
        Boolean ignoreCase, String newColumn) implements Step {

    /** One row of the mapping table. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mapping(String from, String to) {
    }

    /** What happens to values the mapping table does not list. */
    public enum Unmapped {
        KEEP, MISSING, DEFAULT
    }

    public Recode {
        enabled = StepSupport.enabled(enabled);
        mappings = StepSupport.list(mappings);
        unmapped = StepSupport.orDefault(unmapped, Unmapped.KEEP);
        ignoreCase = StepSupport.orDefault(ignoreCase, Boolean.TRUE);
        newColumn = StepSupport.text(newColumn);
    }

    /** Recodes {@code column} in place with {@code mappings}. */
    public static Recode of(String column, Unmapped unmapped, String defaultValue, Mapping... mappings) {
        return new Recode(true, column, List.of(mappings), unmapped, defaultValue, true, null);
    }

    @Override
    public Recode withEnabled(boolean value) {
        return new Recode(value, column, mappings, unmapped, defaultValue, ignoreCase, newColumn);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        Column<?> source = Columns.require(table, column);
        if (mappings.isEmpty()) {
            throw new BadInputException("prepare.error.noMapping");
        }
        if (unmapped == Unmapped.DEFAULT && StepSupport.text(defaultValue).isEmpty()) {
            throw new BadInputException("prepare.error.noDefault", column);
        }
        if (!newColumn.isEmpty()) {
            Columns.requireNewName(table, newColumn);
        }
        String name = newColumn.isEmpty() ? column : newColumn;
        RecodeTable lookup = new RecodeTable(mappings, ignoreCase, unmapped, defaultValue);
        RecodedValues recoded = RecodedValues.of(source, lookup, progress);
        Table output = Tables.share(table);
        Column<?> result = recoded.toColumn(name);
        if (newColumn.isEmpty()) {
            output.replaceColumn(column, result);
        } else {
            output.insertColumn(table.columnIndex(column) + 1, result);
        }
        ReportBuilder report = new ReportBuilder(this, input).count("unmapped", recoded.unmappedCells())
                .count("changed", recoded.changedRows().length)
                .cellsChanged(newColumn.isEmpty() ? recoded.changedRows().length : 0)
                .affected(AffectedRows.changed(input, recoded.changedRows()));
        if (recoded.unmappedCells() > 0) {
            report.note("prepare.note.unmapped", recoded.unmappedCells(), String.join(", ", recoded.unmappedSample()),
                    org.marketingworkbench.i18n.Messages.get("prepare.recode.unmapped." + unmapped.name()
                            .toLowerCase(java.util.Locale.ROOT)));
        }
        return report.sameRows(output);
    }
}
