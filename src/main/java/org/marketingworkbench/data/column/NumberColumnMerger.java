package org.marketingworkbench.data.column;

import java.util.Arrays;
import java.util.List;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.Misfit;
import org.marketingworkbench.data.value.ColumnPlan;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.columns.Column;

/** Joins number chunks into an IntColumn, LongColumn or DoubleColumn: the widest storage any chunk needed. */
final class NumberColumnMerger {

    private NumberColumnMerger() {
    }

    static MergedColumn merge(String name, ColumnPlan plan, List<ChunkRun> runs, int rows, int misfitCount,
            List<Misfit> misfits, boolean overflowed) {
        NumberChunk.Width width = NumberChunk.Width.INT;
        boolean percent = false;
        boolean currency = false;
        for (ChunkRun run : runs) {
            NumberChunk chunk = (NumberChunk) run.chunk();
            width = chunk.width().compareTo(width) > 0 ? chunk.width() : width;
            percent |= chunk.percent();
            currency |= chunk.currency();
        }
        if (plan.exact() && plan.type() == ColumnType.DECIMAL) {
            width = NumberChunk.Width.DOUBLE;
        }
        Column<?> column = switch (width) {
            case INT -> IntColumn.create(name, ints(runs, rows));
            case LONG -> LongColumn.create(name, longs(runs, rows));
            case DOUBLE -> DoubleColumn.create(name, doubles(runs, rows));
        };
        ColumnType type = width == NumberChunk.Width.DOUBLE ? ColumnType.DECIMAL : ColumnType.INTEGER;
        return new MergedColumn(column, type, misfitCount, misfits, overflowed, percent, currency, 0, null);
    }

    private static int[] ints(List<ChunkRun> runs, int rows) {
        int[] all = new int[rows];
        Arrays.fill(all, Integer.MIN_VALUE);
        for (ChunkRun run : runs) {
            System.arraycopy(((NumberChunk) run.chunk()).ints(), 0, all, run.firstRow(), run.rows());
        }
        return all;
    }

    private static long[] longs(List<ChunkRun> runs, int rows) {
        long[] all = new long[rows];
        Arrays.fill(all, Long.MIN_VALUE);
        for (ChunkRun run : runs) {
            NumberChunk chunk = (NumberChunk) run.chunk();
            int offset = run.firstRow();
            for (int i = 0; i < run.rows(); i++) {
                all[offset + i] = chunk.width() == NumberChunk.Width.LONG ? chunk.longs()[i]
                        : chunk.ints()[i] == Integer.MIN_VALUE ? Long.MIN_VALUE : chunk.ints()[i];
            }
        }
        return all;
    }

    private static double[] doubles(List<ChunkRun> runs, int rows) {
        double[] all = new double[rows];
        Arrays.fill(all, Double.NaN);
        for (ChunkRun run : runs) {
            NumberChunk chunk = (NumberChunk) run.chunk();
            int offset = run.firstRow();
            switch (chunk.width()) {
                case DOUBLE -> System.arraycopy(chunk.doubles(), 0, all, offset, run.rows());
                case LONG -> {
                    for (int i = 0; i < run.rows(); i++) {
                        long value = chunk.longs()[i];
                        all[offset + i] = value == Long.MIN_VALUE ? Double.NaN : value;
                    }
                }
                default -> {
                    for (int i = 0; i < run.rows(); i++) {
                        int value = chunk.ints()[i];
                        all[offset + i] = value == Integer.MIN_VALUE ? Double.NaN : value;
                    }
                }
            }
        }
        return all;
    }
}
