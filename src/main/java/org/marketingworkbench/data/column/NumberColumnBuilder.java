package org.marketingworkbench.data.column;

import java.util.Arrays;
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
    private NumberChunk.Width width = NumberChunk.Width.INT;
    private int[] ints;
    private long[] longs;
    private double[] doubles;
    private boolean percent;
    private boolean currency;

    NumberColumnBuilder(String name, ColumnPlan plan, int expectedRows) {
        super(name);
        this.forceDecimal = plan.exact() && plan.type() == ColumnType.DECIMAL;
        if (plan.type() == ColumnType.DECIMAL) {
            width = NumberChunk.Width.DOUBLE;
            doubles = new double[Math.max(16, expectedRows)];
        } else {
            ints = new int[Math.max(16, expectedRows)];
        }
    }

    @Override
    protected void appendValues(ColumnChunk values, int count, int at) {
        NumberChunk chunk = (NumberChunk) values;
        percent |= chunk.percent();
        currency |= chunk.currency();
        while (chunk.width().compareTo(width) > 0) {
            widen(chunk.width());
        }
        ensure(at + count);
        switch (width) {
            case INT -> System.arraycopy(chunk.ints(), 0, ints, at, count);
            case LONG -> {
                if (chunk.width() == NumberChunk.Width.LONG) {
                    System.arraycopy(chunk.longs(), 0, longs, at, count);
                } else {
                    for (int i = 0; i < count; i++) {
                        longs[at + i] = asLong(chunk.ints()[i]);
                    }
                }
            }
            case DOUBLE -> {
                for (int i = 0; i < count; i++) {
                    doubles[at + i] = asDouble(chunk, i);
                }
            }
        }
    }

    @Override
    public MergedColumn finish() {
        if (forceDecimal) {
            while (width != NumberChunk.Width.DOUBLE) {
                widen(NumberChunk.Width.DOUBLE);
            }
        }
        int rows = rows();
        Column<?> column = switch (width) {
            case INT -> intColumn(rows);
            case LONG -> longColumn(rows);
            case DOUBLE -> DoubleColumn.create(name, doubles.length == rows ? doubles : Arrays.copyOf(doubles, rows));
        };
        ints = null;
        longs = null;
        doubles = null;
        ColumnType type = width == NumberChunk.Width.DOUBLE ? ColumnType.DECIMAL : ColumnType.INTEGER;
        return new MergedColumn(column, type, misfitCount(), misfits(), overflowed(), percent, currency, 0, null);
    }

    /** Sized exactly and filled in place: no trimmed copy for Tablesaw to copy again. */
    private IntColumn intColumn(int rows) {
        IntColumn column = IntColumn.create(name, rows);
        for (int i = 0; i < rows; i++) {
            column.set(i, ints[i]);
        }
        return column;
    }

    private LongColumn longColumn(int rows) {
        LongColumn column = LongColumn.create(name, rows);
        for (int i = 0; i < rows; i++) {
            column.set(i, longs[i]);
        }
        return column;
    }

    private void widen(NumberChunk.Width target) {
        int rows = rows();
        if (width == NumberChunk.Width.INT && target == NumberChunk.Width.DOUBLE) {
            doubles = new double[ints.length];
            for (int i = 0; i < rows; i++) {
                doubles[i] = ints[i] == Integer.MIN_VALUE ? Double.NaN : ints[i];
            }
            ints = null;
            width = NumberChunk.Width.DOUBLE;
        } else if (width == NumberChunk.Width.INT) {
            longs = new long[ints.length];
            for (int i = 0; i < rows; i++) {
                longs[i] = asLong(ints[i]);
            }
            ints = null;
            width = NumberChunk.Width.LONG;
        } else if (width == NumberChunk.Width.LONG) {
            doubles = new double[longs.length];
            for (int i = 0; i < rows; i++) {
                doubles[i] = longs[i] == Long.MIN_VALUE ? Double.NaN : longs[i];
            }
            longs = null;
            width = NumberChunk.Width.DOUBLE;
        }
    }

    private void ensure(int needed) {
        switch (width) {
            case INT -> ints = ints.length >= needed ? ints : Arrays.copyOf(ints, grown(ints.length, needed));
            case LONG -> longs = longs.length >= needed ? longs : Arrays.copyOf(longs, grown(longs.length, needed));
            case DOUBLE -> doubles = doubles.length >= needed ? doubles
                    : Arrays.copyOf(doubles, grown(doubles.length, needed));
        }
    }

    private static long asLong(int value) {
        return value == Integer.MIN_VALUE ? Long.MIN_VALUE : value;
    }

    private static double asDouble(NumberChunk chunk, int i) {
        return switch (chunk.width()) {
            case DOUBLE -> chunk.doubles()[i];
            case LONG -> chunk.longs()[i] == Long.MIN_VALUE ? Double.NaN : chunk.longs()[i];
            case INT -> chunk.ints()[i] == Integer.MIN_VALUE ? Double.NaN : chunk.ints()[i];
        };
    }
}
