package org.marketingworkbench.prepare;

import tech.tablesaw.api.Table;

/**
 * The result of applying one step: the new table, the row number of each of its rows, and the report.
 *
 * @param table      the output
 * @param rowNumbers the row number of each output row (see {@link StepInput})
 * @param report     what the step did
 */
public record StepOutcome(Table table, int[] rowNumbers, StepReport report) {

    public StepOutcome {
        if (rowNumbers.length != table.rowCount()) {
            throw new IllegalArgumentException("row numbers " + rowNumbers.length + " for " + table.rowCount() + " rows");
        }
    }

    /** This outcome as the next step's input. */
    public StepInput asInput() {
        return new StepInput(table, rowNumbers);
    }
}
