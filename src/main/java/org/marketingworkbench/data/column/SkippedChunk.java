package org.marketingworkbench.data.column;

/** A column that this pass does not need (a second pass re-reads only some columns). */
public final class SkippedChunk implements ColumnChunk {

    private final MisfitList misfits = new MisfitList();

    @Override
    public void set(int row, byte[] bytes, int start, int end) {
        // not needed in this pass
    }

    @Override
    public void setMissing(int row) {
        // not needed in this pass
    }

    @Override
    public void forget(int row) {
        // nothing kept
    }

    @Override
    public MisfitList misfits() {
        return misfits;
    }
}
