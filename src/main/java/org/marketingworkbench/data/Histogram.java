package org.marketingworkbench.data;

import java.util.List;

/**
 * Bins of a number column for the column inspector's histogram. The bin width follows the
 * Freedman-Diaconis rule (2 x IQR / n^(1/3)); when the middle half of the values is a single
 * value (IQR 0) it falls back to Sturges' rule (ceil(log2 n) + 1 bins). At most
 * {@link #MAX_BINS} bins are made. Integer columns get whole-number widths so each bin holds
 * the same number of possible values. Bins are closed on the left; the last one on both sides.
 *
 * @param bins the bins from the lowest value up
 * @param rule how the width was chosen
 */
public record Histogram(List<Bin> bins, BinRule rule) {

    /** The most bins a histogram has: more do not help the eye in an inspector panel. */
    public static final int MAX_BINS = 50;

    /** One bar: values from {@code lower} up to {@code upper}. */
    public record Bin(double lower, double upper, int count) {
    }

    /** How the bin width was chosen. */
    public enum BinRule {
        FREEDMAN_DIACONIS, STURGES, SINGLE_VALUE
    }

    public Histogram {
        bins = List.copyOf(bins);
    }

    /**
     * Bins {@code values} (no missing values), given their range and quartiles.
     *
     * @param integers whether every value is a whole number, for whole-number bin widths
     */
    public static Histogram of(double[] values, double min, double max, double q1, double q3, boolean integers) {
        if (values.length == 0) {
            return new Histogram(List.of(), BinRule.SINGLE_VALUE);
        }
        if (min == max) {
            return new Histogram(List.of(new Bin(min, max, values.length)), BinRule.SINGLE_VALUE);
        }
        double iqr = q3 - q1;
        BinRule rule = iqr > 0 ? BinRule.FREEDMAN_DIACONIS : BinRule.STURGES;
        double width = rule == BinRule.FREEDMAN_DIACONIS
                ? 2 * iqr / Math.cbrt(values.length)
                : (max - min) / (ceilLog2(values.length) + 1);
        return integers ? integerBins(values, min, max, width, rule) : decimalBins(values, min, max, width, rule);
    }

    private static Histogram decimalBins(double[] values, double min, double max, double width, BinRule rule) {
        int count = (int) Math.min(MAX_BINS, Math.max(1, Math.ceil((max - min) / width)));
        double step = (max - min) / count;
        int[] counts = countInto(values, min, step, count);
        Bin[] bins = new Bin[count];
        for (int i = 0; i < count; i++) {
            // The last edge is max itself, so rounding in min + count * step never drops the largest value.
            bins[i] = new Bin(min + i * step, i == count - 1 ? max : min + (i + 1) * step, counts[i]);
        }
        return new Histogram(List.of(bins), rule);
    }

    private static Histogram integerBins(double[] values, double min, double max, double width, BinRule rule) {
        double span = max - min + 1;
        double step = Math.max(1, Math.ceil(width));
        if (Math.ceil(span / step) > MAX_BINS) {
            step = Math.ceil(span / MAX_BINS);
        }
        int count = (int) Math.ceil(span / step);
        int[] counts = countInto(values, min, step, count);
        Bin[] bins = new Bin[count];
        for (int i = 0; i < count; i++) {
            bins[i] = new Bin(min + i * step, min + (i + 1) * step, counts[i]);
        }
        return new Histogram(List.of(bins), rule);
    }

    /*
     * Direct bin index per value: one pass, no search. Smile's Histogram.of(data, breaks) does a
     * binary search per value, needs two bins or more and skips values that rounding puts past
     * the last break, so we count ourselves.
     */
    private static int[] countInto(double[] values, double min, double step, int count) {
        int[] counts = new int[count];
        for (double value : values) {
            int index = (int) ((value - min) / step);
            counts[Math.min(count - 1, Math.max(0, index))]++;
        }
        return counts;
    }

    /** ceil(log2 n) in whole numbers: the floating-point logarithm of 8 is 3.0000000000000004. */
    private static int ceilLog2(int n) {
        return 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    /** The number of values binned. */
    public int total() {
        return bins.stream().mapToInt(Bin::count).sum();
    }
}
