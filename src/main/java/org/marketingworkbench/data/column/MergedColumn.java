package org.marketingworkbench.data.column;

import java.util.List;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.Misfit;
import tech.tablesaw.columns.Column;

/**
 * One finished column and what the user should know about it.
 *
 * @param column       the Tablesaw column
 * @param type         its type
 * @param misfitCount  how many cells did not fit the type (missing in the column)
 * @param misfits      those cells, table rows and file lines (all of them unless {@code overflowed})
 * @param overflowed   too many misfits to keep them all: the column should be read as text
 * @param percent      some cells were percentages, read as fractions
 * @param currency     some cells carried currency signs
 * @param badText      cells whose bytes were not valid in the file's encoding
 * @param firstBadText the first such cell (its row, line and text with replacement characters)
 */
public record MergedColumn(Column<?> column, ColumnType type, int misfitCount, List<Misfit> misfits,
        boolean overflowed, boolean percent, boolean currency, int badText, Misfit firstBadText) {

    public MergedColumn {
        misfits = List.copyOf(misfits);
    }
}
