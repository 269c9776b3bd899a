package org.marketingworkbench.data;

import java.util.List;

/**
 * The cells of one column that did not fit its type; each is a missing value in the table.
 *
 * @param column  the column name
 * @param type    the column's type
 * @param count   how many cells did not fit
 * @param misfits the cells with their rows and lines, in file order (all of them: a column
 *                with too many to keep is read as text instead)
 */
public record ColumnMisfits(String column, ColumnType type, int count, List<Misfit> misfits) {

    public ColumnMisfits {
        misfits = List.copyOf(misfits);
    }

    /** The first {@code limit} misfits, to show as examples. */
    public List<Misfit> examples(int limit) {
        return misfits.subList(0, Math.min(limit, misfits.size()));
    }
}
