package org.marketingworkbench.data.column;

import java.util.Arrays;
import org.marketingworkbench.data.ColumnType;
import tech.tablesaw.api.BooleanColumn;

/** Builds a BooleanColumn (1 true, 0 false, -1 missing, as the chunks hold them). */
final class BooleanColumnBuilder extends ColumnBuilder {

    private byte[] values;

    BooleanColumnBuilder(String name, int expectedRows) {
        super(name);
        this.values = new byte[Math.max(16, expectedRows)];
    }

    @Override
    protected void appendValues(ColumnChunk chunk, int count, int at) {
        if (values.length < at + count) {
            values = Arrays.copyOf(values, grown(values.length, at + count));
        }
        System.arraycopy(((BooleanChunk) chunk).values(), 0, values, at, count);
    }

    @Override
    public MergedColumn finish() {
        BooleanColumn column = BooleanColumn.create(name, rows());
        for (int i = 0; i < rows(); i++) {
            column.set(i, values[i]);
        }
        values = null;
        return new MergedColumn(column, ColumnType.BOOLEAN, misfitCount(), misfits(), overflowed(), false, false, 0,
                null);
    }
}
