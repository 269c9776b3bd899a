package org.marketingworkbench.explore;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.Quantiles;
import org.marketingworkbench.prepare.Tables;
import org.marketingworkbench.prepare.ValueCounts;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The distribution of one column: a histogram for numbers, value counts for everything else. */
public final class Distributions {
    private static final int MAX_BINS = 500;

    private Distributions() {
    }

    /**
     * A histogram of {@code column} with {@code bins} equal-width bins, or Sturges' rule
     * (ceil(log2 n) + 1, NumPy's "sturges") when {@code bins} is 0. Bin edges and the bin of each
     * value follow NumPy's {@code histogram}; a column of one value gets the range value -/+ 0.5.
     */
    public static Histogram histogram(Table table, String column, int bins) {
        double[] values = Columns.numbers(table, column);
        Tables.requireRows(table);
        double[] sorted = Quantiles.present(values);
        if (sorted.length == 0) {
            throw new BadInputException("prepare.error.allMissing", column);
        }
        if (bins < 0 || bins > MAX_BINS) {
            throw new BadInputException("explore.error.bins", bins, MAX_BINS);
        }
        int count = bins == 0 ? (int) Math.ceil(Math.log(sorted.length) / Math.log(2)) + 1 : bins;
        double low = sorted[0];
        double high = sorted[sorted.length - 1];
        if (low == high) {
            low -= 0.5;
            high += 0.5;
        }
        double[] edges = new double[count + 1];
        double step = (high - low) / count;
        for (int edge = 0; edge < count; edge++) {
            edges[edge] = low + edge * step;
        }
        edges[count] = high;
        long[] counts = new long[count];
        for (double value : sorted) {
            counts[binOf(value, edges, low, count / (high - low))]++;
        }
        List<Double> edgeList = new ArrayList<>();
        List<Long> countList = new ArrayList<>();
        for (double edge : edges) {
            edgeList.add(edge);
        }
        for (long binCount : counts) {
            countList.add(binCount);
        }
        return new Histogram(column, edgeList, countList, values.length - sorted.length);
    }

    /** NumPy's rule: the bin by arithmetic, then corrected against the edges themselves. */
    private static int binOf(double value, double[] edges, double low, double scale) {
        int bins = edges.length - 1;
        int bin = (int) Math.floor((value - low) * scale);
        if (bin >= bins) {
            bin = bins - 1;
        }
        if (value < edges[bin]) {
            bin--;
        } else if (bin < bins - 1 && value >= edges[bin + 1]) {
            bin++;
        }
        return bin;
    }

    /** The counts of each value of {@code column}, most frequent first; past {@code limit} values (0: all) as other. */
    public static CategoryCounts categories(Table table, String column, int limit) {
        Column<?> source = Columns.require(table, column);
        List<ValueCounts.ValueCount> counts = ValueCounts.of(source);
        int shown = limit <= 0 ? counts.size() : Math.min(limit, counts.size());
        List<String> values = new ArrayList<>(shown);
        List<Long> shownCounts = new ArrayList<>(shown);
        long other = 0;
        for (int index = 0; index < counts.size(); index++) {
            if (index < shown) {
                values.add(counts.get(index).label());
                shownCounts.add((long) counts.get(index).count());
            } else {
                other += counts.get(index).count();
            }
        }
        return new CategoryCounts(column, values, shownCounts, other, counts.size() - shown, source.countMissing());
    }
}
