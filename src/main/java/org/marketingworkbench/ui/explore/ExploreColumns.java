package org.marketingworkbench.ui.explore;

import java.util.Comparator;
import java.util.List;
import org.marketingworkbench.explore.AnalysableColumns;
import org.marketingworkbench.ui.workspace.InputTable;
import tech.tablesaw.api.Table;

/** Which columns of an input the Explore page offers first (see {@link AnalysableColumns}). */
final class ExploreColumns {

    /** Rows looked at to tell measures from codes: enough to see the difference, cheap on the UI thread. */
    private static final int SAMPLE_ROWS = 1_000;

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

    /**
     * Of {@code names}, the column with the fewest distinct values (at least two, at most
     * {@code limit}), or empty when none fits. Text columns are dictionary-encoded, so this is cheap.
     */
    static String fewestValues(InputTable input, List<String> names, int limit) {
        String best = "";
        int fewest = limit + 1;
        for (String name : names) {
            int distinct = input.table().column(name).countUnique();
            if (distinct >= 2 && distinct < fewest) {
                best = name;
                fewest = distinct;
            }
        }
        return best;
    }

    /**
     * The analysable number column with the most distinct values among the first rows (a measure
     * such as income rather than a code such as a city tier), else the first category, else the
     * first column.
     */
    static String firstNumber(InputTable input) {
        List<String> numbers = analysableNumbers(input);
        if (!numbers.isEmpty()) {
            Table head = input.table().first(SAMPLE_ROWS);
            return numbers.stream().max(Comparator.comparingInt((String name) -> head.column(name).countUnique())
                    .thenComparing(Comparator.comparingInt(numbers::indexOf).reversed())).orElseThrow();
        }
        List<String> categories = categories(input);
        return !categories.isEmpty() ? categories.get(0)
                : input.table().columnCount() == 0 ? "" : input.table().column(0).name();
    }
}
