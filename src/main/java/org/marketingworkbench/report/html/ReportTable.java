package org.marketingworkbench.report.html;

import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * A table a section wrote, for "export all": every row, exported as {@code name + ".csv"}.
 *
 * @param name            the file name without extension ("campaigns-ranking")
 * @param table           the whole table
 * @param personalColumns columns pseudonymised in the export
 */
public record ReportTable(String name, Table table, Set<String> personalColumns) {

    public ReportTable {
        personalColumns = Set.copyOf(personalColumns);
    }
}
