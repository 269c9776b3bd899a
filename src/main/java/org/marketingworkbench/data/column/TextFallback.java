package org.marketingworkbench.data.column;

import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.Misfit;
import org.marketingworkbench.data.value.TypeGuesser;

/**
 * A column whose guessed type too many cells did not fit (more than 5%, as in the guess), read
 * again as text so that no value is lost.
 *
 * @param intended the type it was guessed to be
 * @param count    the cells that did not fit it
 * @param first    the first of them
 */
public record TextFallback(ColumnType intended, int count, Misfit first) {

    /** True when {@code merged}, read with a guessed type, must be read as text instead. */
    public static boolean needed(MergedColumn merged) {
        if (merged.misfitCount() == 0) {
            return false;
        }
        int fits = merged.column().size() - merged.column().countMissing();
        return merged.overflowed() || !TypeGuesser.enoughFit(fits, (long) fits + merged.misfitCount());
    }

    public static TextFallback of(MergedColumn merged) {
        Misfit first = merged.misfits().isEmpty() ? null : merged.misfits().get(0);
        return new TextFallback(merged.type(), merged.misfitCount(), first);
    }
}
