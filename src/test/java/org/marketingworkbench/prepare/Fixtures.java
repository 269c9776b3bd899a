package org.marketingworkbench.prepare;

import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Small tables written inline as CSV, and one-step application, for the prepare tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A table from CSV text with a header; empty cells are missing; Tablesaw guesses the types. */
    public static Table table(String csv) {
        return Table.read().usingOptions(CsvReadOptions.builderFromString(csv).tableName("test"));
    }

    /** Applies one step to {@code table}, numbered 1..n, with {@code table} as the only source "main". */
    public static StepOutcome apply(Step step, Table table) {
        return step.apply(StepInput.of(table), ApplyContext.of("main", table), Progress.none());
    }

    /** Applies one step with other open sources. */
    public static StepOutcome apply(Step step, Table table, ApplyContext context) {
        return step.apply(StepInput.of(table), context, Progress.none());
    }
}
