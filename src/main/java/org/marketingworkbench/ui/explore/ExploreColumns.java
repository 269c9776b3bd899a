package org.marketingworkbench.ui.explore;

import java.util.List;
import org.marketingworkbench.explore.AnalysableColumns;
import org.marketingworkbench.ui.workspace.InputTable;

/** Which columns of an input the Explore page offers first (see {@link AnalysableColumns}). */
final class ExploreColumns {

    private ExploreColumns() {
    }

    static List<String> numbers(InputTable input) {
        return AnalysableColumns.numbers(input.table());
    }

    static List<String> analysableNumbers(InputTable input) {
        return AnalysableColumns.numbers(input.table(), input.roles());
    }

    static List<String> categories(InputTable input) {
        return AnalysableColumns.categories(input.table(), input.roles());
    }

    /** The first analysable number column, else the first category, else the first column. */
    static String firstNumber(InputTable input) {
        List<String> numbers = analysableNumbers(input);
        if (!numbers.isEmpty()) {
            return numbers.get(0);
        }
        List<String> categories = categories(input);
        return !categories.isEmpty() ? categories.get(0)
                : input.table().columnCount() == 0 ? "" : input.table().column(0).name();
    }
}
