package org.marketingworkbench.data;

import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * What a format's reader hands the {@link DataLoader}: the table, the type of each column and
 * the report.
 */
public record LoadedTable(Table table, Map<String, ColumnType> types, LoadReport report) {
}
