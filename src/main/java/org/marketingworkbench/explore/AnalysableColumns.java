package org.marketingworkbench.explore;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marketingworkbench.data.ColumnRole;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The columns Explore offers first, by their roles: ids, personal data and ignored columns
 * describe nobody's behaviour, so they are left out of default charts and correlations.
 */
public final class AnalysableColumns {
    private static final Set<ColumnRole> LEFT_OUT = Set.of(ColumnRole.ID, ColumnRole.PERSONAL, ColumnRole.IGNORE);

    private AnalysableColumns() {
    }

    /** Every number column, in table order. */
    public static List<String> numbers(Table table) {
        return table.columns().stream().filter(column -> column instanceof NumericColumn<?>).map(Column::name).toList();
    }

    /** The number columns but ids, personal data and ignored ones (a column without a role counts as a feature). */
    public static List<String> numbers(Table table, Map<String, ColumnRole> roles) {
        return numbers(table).stream().filter(name -> !LEFT_OUT.contains(roles.getOrDefault(name, ColumnRole.FEATURE)))
                .toList();
    }

    /** The other columns that make natural categories: not numbers, dates, ids, personal data or ignored. */
    public static List<String> categories(Table table, Map<String, ColumnRole> roles) {
        return table.columns().stream().filter(column -> !(column instanceof NumericColumn<?>)).map(Column::name)
                .filter(name -> {
                    ColumnRole role = roles.getOrDefault(name, ColumnRole.FEATURE);
                    return !LEFT_OUT.contains(role) && role != ColumnRole.DATE;
                }).toList();
    }
}
