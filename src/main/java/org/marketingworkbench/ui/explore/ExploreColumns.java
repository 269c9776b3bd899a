package org.marketingworkbench.ui.explore;

import java.util.List;
import java.util.Set;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.ui.workspace.InputTable;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/** Which columns of an input the Explore page offers first: analysable ones, not ids or personal data. */
final class ExploreColumns {
    private static final Set<ColumnRole> LEFT_OUT = Set.of(ColumnRole.ID, ColumnRole.PERSONAL, ColumnRole.IGNORE);

    private ExploreColumns() {
    }

    /** Every number column, in table order. */
    static List<String> numbers(InputTable input) {
        return input.table().columns().stream().filter(column -> column instanceof NumericColumn<?>)
                .map(Column::name).toList();
    }

    /** The number columns worth correlating: every number column but ids and personal data. */
    static List<String> analysableNumbers(InputTable input) {
        return numbers(input).stream().filter(name -> !LEFT_OUT.contains(input.role(name))).toList();
    }

    /** The first analysable number column, else the first analysable column, else the first column. */
    static String firstNumber(InputTable input) {
        List<String> numbers = analysableNumbers(input);
        if (!numbers.isEmpty()) {
            return numbers.get(0);
        }
        List<String> categories = categories(input);
        return !categories.isEmpty() ? categories.get(0)
                : input.table().columnCount() == 0 ? "" : input.table().column(0).name();
    }

    /** Analysable columns that are not numbers: the natural rows and columns of a cross-tab. */
    static List<String> categories(InputTable input) {
        return input.table().columns().stream().filter(column -> !(column instanceof NumericColumn<?>))
                .map(Column::name).filter(name -> !LEFT_OUT.contains(input.role(name))
                        && input.role(name) != ColumnRole.DATE).toList();
    }
}
