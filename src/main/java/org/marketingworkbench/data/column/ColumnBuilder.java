package org.marketingworkbench.data.column;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.data.Misfit;

/**
 * Builds one Tablesaw column from the chunks of a file's blocks, appended in row order as the
 * blocks finish. The chunks are kept until {@link #finish}, when the row count is known and each
 * value is copied once into a Tablesaw column of exactly that size: no estimated, oversized or
 * regrown intermediate arrays, so the heap holds about the chunks plus the table.
 */
public abstract class ColumnBuilder {

    protected final String name;
    private final List<ChunkRun> runs = new ArrayList<>();
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
        appended(run.chunk(), run.rows(), rows);
        runs.add(new ChunkRun(run.chunk(), rows, run.rows(), run.firstLine()));
        rows += run.rows();
    }

    /** The finished column; the chunks are let go. */
    public final MergedColumn finish() {
        MergedColumn column = build(runs, rows);
        runs.clear();
        return column;
    }

    /** Looks at a chunk as it is appended (rows {@code at} and on of the column). */
    protected void appended(ColumnChunk chunk, int count, int at) {
        // most builders only need the chunks at the end
    }

    /** The column from all chunks; each run's {@code firstRow} is its place in the column. */
    protected abstract MergedColumn build(List<ChunkRun> chunks, int rowCount);

    protected final int misfitCount() {
        return misfitCount;
    }

    protected final List<Misfit> misfits() {
        return misfits;
    }

    protected final boolean overflowed() {
        return overflowed;
    }
}
