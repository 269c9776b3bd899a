package org.marketingworkbench.data.column;

import java.util.List;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.value.ColumnPlan;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.columns.Column;

/**
 * Builds an IntColumn, LongColumn or DoubleColumn: the widest storage any chunk needed. The
 * chunks' missing markers are Tablesaw's, so values are copied as they are.
 */
final class NumberColumnBuilder extends ColumnBuilder {

    private final boolean forceDecimal;

    NumberColumnBuilder(String name, ColumnPlan plan) {
        super(name);
        this.forceDecimal = plan.exact() && plan.type() == ColumnType.DECIMAL;
    }

    @Override
    protected MergedColumn build(List<ChunkRun> runs, int rows) {
        NumberChunk.Width width = forceDecimal ? NumberChunk.Width.DOUBLE : NumberChunk.Width.INT;
        boolean percent = false;
        boolean currency = false;
        for (ChunkRun run : runs) {
            NumberChunk chunk = (NumberChunk) run.chunk();
            width = chunk.width().compareTo(width) > 0 ? chunk.width() : width;
            percent |= chunk.percent();
            currency |= chunk.currency();
        }
        Column<?> column = switch (width) {
            case INT -> ints(runs, rows);
            case LONG -> longs(runs, rows);
            case DOUBLE -> doubles(runs, rows);
        };
        ColumnType type = width == NumberChunk.Width.DOUBLE ? ColumnType.DECIMAL : ColumnType.INTEGER;
        return new MergedColumn(column, type, misfitCount(), misfits(), overflowed(), percent, currency, 0, null);
    }

    /** Sized exactly and filled in place: no intermediate array for Tablesaw to copy. */
    private IntColumn ints(List<ChunkRun> runs, int rows) {
        IntColumn column = IntColumn.create(name, rows);
        for (ChunkRun run : runs) {
            int[] values = ((NumberChunk) run.chunk()).ints();
            for (int i = 0; i < run.rows(); i++) {
                column.set(run.firstRow() + i, values[i]);
            }
        }
        return column;
    }

    private LongColumn longs(List<ChunkRun> runs, int rows) {
        LongColumn column = LongColumn.create(name, rows);
        for (ChunkRun run : runs) {
            NumberChunk chunk = (NumberChunk) run.chunk();
            boolean wide = chunk.width() == NumberChunk.Width.LONG;
            for (int i = 0; i < run.rows(); i++) {
                long value = wide ? chunk.longs()[i]
                        : chunk.ints()[i] == Integer.MIN_VALUE ? Long.MIN_VALUE : chunk.ints()[i];
                column.set(run.firstRow() + i, value);
            }
        }
        return column;
    }

    /** Tablesaw has no sized DoubleColumn without regrowing it, so the values go to one exact array it copies. */
    private DoubleColumn doubles(List<ChunkRun> runs, int rows) {
        double[] all = new double[rows];
        for (ChunkRun run : runs) {
            NumberChunk chunk = (NumberChunk) run.chunk();
            int at = run.firstRow();
            switch (chunk.width()) {
                case DOUBLE -> System.arraycopy(chunk.doubles(), 0, all, at, run.rows());
                case LONG -> {
                    for (int i = 0; i < run.rows(); i++) {
                        long value = chunk.longs()[i];
                        all[at + i] = value == Long.MIN_VALUE ? Double.NaN : value;
                    }
                }
                case INT -> {
                    for (int i = 0; i < run.rows(); i++) {
                        int value = chunk.ints()[i];
                        all[at + i] = value == Integer.MIN_VALUE ? Double.NaN : value;
                    }
                }
            }
        }
        return DoubleColumn.create(name, all);
    }
}
