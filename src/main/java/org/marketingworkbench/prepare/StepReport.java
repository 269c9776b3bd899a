package org.marketingworkbench.prepare;

import java.util.List;
import java.util.Map;

/**
 * What one step did: rows in and out, the columns it added, removed or renamed, how many cells
 * it changed, the rows it removed or changed, named counts (for example {@code unmapped} for a
 * recode) and notes for the user.
 *
 * @param stepType       the step's type id (see {@link StepTypes})
 * @param applied        false when the step is disabled and was skipped
 * @param rowsIn         rows before the step
 * @param rowsOut        rows after the step
 * @param columnsAdded   columns in the output that were not in the input
 * @param columnsRemoved columns of the input that are not in the output
 * @param columnsRenamed old name to new name
 * @param cellsChanged   cells whose value the step changed in place
 * @param affected       the removed or changed rows, as they were
 * @param counts         step-specific figures under stable keys
 * @param notes          what the user should know, translated when read
 */
public record StepReport(String stepType, boolean applied, int rowsIn, int rowsOut, List<String> columnsAdded,
        List<String> columnsRemoved, Map<String, String> columnsRenamed, long cellsChanged, AffectedRows affected,
        Map<String, Long> counts, List<StepNote> notes) {

    public StepReport {
        columnsAdded = List.copyOf(columnsAdded);
        columnsRemoved = List.copyOf(columnsRemoved);
        columnsRenamed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columnsRenamed));
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        notes = List.copyOf(notes);
    }

    /** The report of a disabled step: nothing happened. */
    public static StepReport skipped(Step step, int rows) {
        return new StepReport(StepTypes.idOf(step), false, rows, rows, List.of(), List.of(), Map.of(), 0,
                AffectedRows.none(), Map.of(), List.of());
    }

    /** Rows the step removed (rows in minus rows out; negative when a join multiplied rows). */
    public int rowsRemoved() {
        return rowsIn - rowsOut;
    }

    /** A named count, or 0 when the step did not report it. */
    public long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    /** The step's name in the current language. */
    public String stepName() {
        return StepTypes.name(stepType);
    }
}
