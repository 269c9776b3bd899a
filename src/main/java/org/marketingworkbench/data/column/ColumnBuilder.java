package org.marketingworkbench.data.column;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.data.Misfit;

/**
 * Builds one Tablesaw column from chunks appended in row order, as the blocks of a file finish,
 * so each chunk can be dropped right after: memory holds about one copy of the table, and the
 * collector has little live young data to copy.
 */
public abstract class ColumnBuilder {

    protected final String name;
    private final List<Misfit> misfits = new ArrayList<>();
    private int misfitCount;
    private boolean overflowed;
    private int rows;

    protected ColumnBuilder(String name) {
        this.name = name;
    }

    /** Appends the rows of {@code run}, which must follow the rows appended so far. */
    public final void append(ChunkRun run) {
        MisfitList list = run.chunk().misfits();
        misfitCount += list.count();
        overflowed |= list.overflowed();
        for (Misfit misfit : list.kept()) {
            misfits.add(new Misfit(misfit.row() + run.firstRow(), misfit.line() + run.firstLine(), misfit.text()));
        }
        appendValues(run.chunk(), run.rows(), rows);
        rows += run.rows();
    }

    /** The finished column. */
    public abstract MergedColumn finish();

    /** Copies the first {@code count} values of {@code chunk} to rows {@code at} and on. */
    protected abstract void appendValues(ColumnChunk chunk, int count, int at);

    protected final int rows() {
        return rows;
    }

    protected final int misfitCount() {
        return misfitCount;
    }

    protected final List<Misfit> misfits() {
        return misfits;
    }

    protected final boolean overflowed() {
        return overflowed;
    }

    /** A capacity of at least {@code needed}, growing by half. */
    protected static int grown(int capacity, int needed) {
        return Math.max(needed, capacity + (capacity >> 1) + 16);
    }
}
