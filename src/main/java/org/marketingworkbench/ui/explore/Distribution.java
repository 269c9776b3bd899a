package org.marketingworkbench.ui.explore;

import java.util.List;
import org.marketingworkbench.explore.BoxStats;
import org.marketingworkbench.explore.CategoryCounts;
import org.marketingworkbench.explore.Histogram;
import org.marketingworkbench.explore.PivotResult;

/**
 * What the distribution part shows for one column. A number column has a histogram and box plots
 * (one per group of the split column, or one); any other column has its value counts, or with a
 * split column the counts per value and split value (a count plot with hue).
 *
 * @param column    the column
 * @param splitBy   the split column, or empty
 * @param histogram for numbers, else null
 * @param boxes     for numbers, else empty
 * @param values    for other columns without a split, else null
 * @param byHue     for other columns with a split, else null
 */
public record Distribution(String column, String splitBy, Histogram histogram, List<BoxStats> boxes,
        CategoryCounts values, PivotResult byHue) {

    public Distribution {
        boxes = List.copyOf(boxes);
    }

    public boolean numeric() {
        return histogram != null;
    }
}
