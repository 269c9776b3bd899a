package org.marketingworkbench.data.column;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.data.Misfit;

/**
 * The cells of one column chunk that did not fit its type, with their text kept so a later
 * change of type can bring them back. Keeps at most about 1000 plus 5% of the rows: past that
 * the column is read as text anyway, and {@link #overflowed()} says so.
 */
public final class MisfitList {

    private final List<Misfit> kept = new ArrayList<>();
    private int count;
    private boolean overflowed;

    void add(int row, long line, String text) {
        count++;
        if (kept.size() < 1000 + row / 20) {
            kept.add(new Misfit(row, line, text));
        } else {
            overflowed = true;
        }
    }

    /** Forgets what row {@code row} added, before the row is read again. */
    void forget(int row) {
        while (!kept.isEmpty() && kept.get(kept.size() - 1).row() == row) {
            kept.remove(kept.size() - 1);
            count--;
        }
    }

    public int count() {
        return count;
    }

    public boolean overflowed() {
        return overflowed;
    }

    /** The kept misfits, rows and lines relative to the chunk. */
    public List<Misfit> kept() {
        return kept;
    }
}
