package org.marketingworkbench.data.column;

import java.util.Arrays;
import org.marketingworkbench.data.value.NumberParser;
import org.marketingworkbench.data.value.Outcome;

/**
 * Numbers of one chunk: kept as int while they fit, widened to long, then to double at the
 * first fraction, so a column of counts costs four bytes a row.
 */
public final class NumberChunk extends ParsingChunk {

    /** The narrowest storage that holds every value so far, in widening order. */
    public enum Width {
        INT, LONG, DOUBLE
    }

    private final NumberParser parser = new NumberParser();
    private final boolean decimalsAllowed;
    private Width width = Width.INT;
    private int[] ints;
    private long[] longs;
    private double[] doubles;
    private int size;
    private boolean percent;
    private boolean currency;

    /**
     * @param decimalsAllowed false when the user asked for whole numbers: fractions are misfits
     * @param decimals        start with double storage (the sample had fractions)
     */
    public NumberChunk(int capacity, LineCursor cursor, boolean decimalsAllowed, boolean decimals) {
        super(cursor);
        this.decimalsAllowed = decimalsAllowed;
        if (decimals) {
            this.width = Width.DOUBLE;
            this.doubles = new double[Math.max(16, capacity)];
        } else {
            this.ints = new int[Math.max(16, capacity)];
        }
    }

    @Override
    public void set(int row, byte[] bytes, int start, int end) {
        Outcome outcome = parser.parse(bytes, start, end);
        if (outcome == Outcome.INTEGER) {
            putLong(row, parser.integer());
            currency |= parser.currency();
        } else if (outcome == Outcome.DECIMAL && decimalsAllowed) {
            putDouble(row, parser.decimal());
            percent |= parser.percent();
            currency |= parser.currency();
        } else if (outcome == Outcome.MISSING) {
            setMissing(row);
        } else {
            misfit(row, bytes, start, end);
        }
    }

    @Override
    public void setMissing(int row) {
        ensure(row);
        switch (width) {
            case INT -> ints[row] = Integer.MIN_VALUE;
            case LONG -> longs[row] = Long.MIN_VALUE;
            default -> doubles[row] = Double.NaN;
        }
    }

    public Width width() {
        return width;
    }

    /** The number of rows held. */
    public int size() {
        return size;
    }

    /** The values while {@link #width()} is INT; {@link Integer#MIN_VALUE} marks a missing value. */
    public int[] ints() {
        return ints;
    }

    /** The values while {@link #width()} is LONG; {@link Long#MIN_VALUE} marks a missing value. */
    public long[] longs() {
        return longs;
    }

    /** The values while {@link #width()} is DOUBLE; NaN marks a missing value. */
    public double[] doubles() {
        return doubles;
    }

    /** Some cell was a percentage (read as a fraction). */
    public boolean percent() {
        return percent;
    }

    /** Some cell had a currency sign. */
    public boolean currency() {
        return currency;
    }

    private void putLong(int row, long value) {
        ensure(row);
        if (width == Width.INT && value > Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            ints[row] = (int) value;
            return;
        }
        if (width == Width.INT) {
            widenToLong();
        }
        if (width == Width.LONG) {
            longs[row] = value;
        } else {
            doubles[row] = value;
        }
    }

    private void putDouble(int row, double value) {
        ensure(row);
        if (width != Width.DOUBLE) {
            widenToDouble();
        }
        doubles[row] = value;
    }

    private void ensure(int row) {
        if (row >= size) {
            size = row + 1;
        }
        int capacity = width == Width.INT ? ints.length : width == Width.LONG ? longs.length : doubles.length;
        if (row < capacity) {
            return;
        }
        int grown = Math.max(row + 1, capacity + (capacity >> 1));
        switch (width) {
            case INT -> ints = Arrays.copyOf(ints, grown);
            case LONG -> longs = Arrays.copyOf(longs, grown);
            default -> doubles = Arrays.copyOf(doubles, grown);
        }
    }

    private void widenToLong() {
        longs = new long[ints.length];
        for (int i = 0; i < size; i++) {
            longs[i] = ints[i] == Integer.MIN_VALUE ? Long.MIN_VALUE : ints[i];
        }
        ints = null;
        width = Width.LONG;
    }

    private void widenToDouble() {
        int capacity = width == Width.INT ? ints.length : longs.length;
        doubles = new double[capacity];
        for (int i = 0; i < size; i++) {
            doubles[i] = width == Width.INT
                    ? (ints[i] == Integer.MIN_VALUE ? Double.NaN : ints[i])
                    : (longs[i] == Long.MIN_VALUE ? Double.NaN : longs[i]);
        }
        ints = null;
        longs = null;
        width = Width.DOUBLE;
    }
}
