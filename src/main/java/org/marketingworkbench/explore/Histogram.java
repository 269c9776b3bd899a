package org.marketingworkbench.explore;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Counts of a number column in equal-width bins from the minimum to the maximum, as NumPy's
 * {@code histogram}: bins include their lower edge, the last bin also its upper edge.
 *
 * @param column  the column
 * @param edges   bin edges, one more than bins
 * @param counts  values per bin
 * @param missing missing values (not counted in any bin)
 */
public record Histogram(String column, List<Double> edges, List<Long> counts, long missing) {

    public Histogram {
        edges = List.copyOf(edges);
        counts = List.copyOf(counts);
    }

    public int binCount() {
        return counts.size();
    }

    /** One row per bin: lower edge, upper edge, count. */
    public Table toTable() {
        int bins = counts.size();
        double[] lower = new double[bins];
        double[] upper = new double[bins];
        long[] count = new long[bins];
        for (int bin = 0; bin < bins; bin++) {
            lower[bin] = edges.get(bin);
            upper[bin] = edges.get(bin + 1);
            count[bin] = counts.get(bin);
        }
        return Table.create(column, DoubleColumn.create("from", lower), DoubleColumn.create("to", upper),
                LongColumn.create("count", count));
    }
}
