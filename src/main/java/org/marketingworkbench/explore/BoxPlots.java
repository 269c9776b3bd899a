package org.marketingworkbench.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.StatUtils;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.Quantiles;
import org.marketingworkbench.prepare.Tables;
import org.marketingworkbench.prepare.ValueCounts;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Box-plot statistics of a number column, for the whole column or for each value of a group column. */
public final class BoxPlots {
    /** The most outliers listed per group; the most extreme on each side are kept. */
    public static final int MAX_OUTLIERS = 2_000;

    private BoxPlots() {
    }

    /**
     * One box per group, groups in ascending order (or one box when {@code groupColumn} is null or
     * empty); rows with a missing value or group are left out, and so are groups with no values.
     */
    public static List<BoxStats> byGroup(Table table, String valueColumn, String groupColumn, Progress progress) {
        double[] values = Columns.numbers(table, valueColumn);
        Tables.requireRows(table);
        if (groupColumn == null || groupColumn.isEmpty()) {
            BoxStats whole = box("", values);
            if (whole == null) {
                throw new BadInputException("prepare.error.allMissing", valueColumn);
            }
            return List.of(whole);
        }
        Column<?> groups = Columns.require(table, groupColumn);
        List<ValueCounts.ValueCount> groupValues = ValueCounts.of(groups).stream().sorted(ValueCounts.BY_VALUE).toList();
        Map<Object, Integer> index = new HashMap<>();
        groupValues.forEach(value -> index.put(value.value(), index.size()));
        double[][] members = new double[groupValues.size()][];
        int[] filled = new int[groupValues.size()];
        for (int group = 0; group < members.length; group++) {
            members[group] = new double[groupValues.get(group).count()];
        }
        for (int row = 0; row < values.length; row++) {
            if (!groups.isMissing(row)) {
                int group = index.get(groups.get(row));
                members[group][filled[group]++] = values[row];
            }
        }
        List<BoxStats> boxes = new ArrayList<>(members.length);
        for (int group = 0; group < members.length; group++) {
            progress.checkCancelled();
            BoxStats box = box(groupValues.get(group).label(), members[group]);
            if (box != null) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    /** The box of {@code values}, or null when none is present. */
    private static BoxStats box(String group, double[] values) {
        double[] sorted = Quantiles.present(values);
        if (sorted.length == 0) {
            return null;
        }
        Quantiles quantiles = Quantiles.of(sorted);
        double q1 = quantiles.at(0.25);
        double q3 = quantiles.at(0.75);
        double low = q1 - 1.5 * (q3 - q1);
        double high = q3 + 1.5 * (q3 - q1);
        int first = 0;
        while (sorted[first] < low) {
            first++;
        }
        int last = sorted.length - 1;
        while (sorted[last] > high) {
            last--;
        }
        int lowCount = first;
        int highCount = sorted.length - 1 - last;
        // within the budget each side keeps its most extreme values; a short side leaves room to the other
        int keepLow = Math.min(lowCount, Math.max(MAX_OUTLIERS / 2, MAX_OUTLIERS - highCount));
        int keepHigh = Math.min(highCount, MAX_OUTLIERS - keepLow);
        List<Double> outliers = new ArrayList<>(keepLow + keepHigh);
        for (int index = 0; index < keepLow; index++) {
            outliers.add(sorted[index]);
        }
        for (int index = sorted.length - keepHigh; index < sorted.length; index++) {
            outliers.add(sorted[index]);
        }
        return new BoxStats(group, sorted.length, StatUtils.mean(sorted), q1, quantiles.at(0.5), q3, sorted[first],
                sorted[last], lowCount + highCount, outliers);
    }

    /** One row per box, for the table view and CSV. */
    public static Table toTable(List<BoxStats> boxes) {
        return Table.create("boxes", StringColumn.create("group", boxes.stream().map(BoxStats::group)),
                LongColumn.create("count", boxes.stream().mapToLong(BoxStats::count).toArray()),
                DoubleColumn.create("mean", boxes.stream().mapToDouble(BoxStats::mean)),
                DoubleColumn.create("q1", boxes.stream().mapToDouble(BoxStats::q1)),
                DoubleColumn.create("median", boxes.stream().mapToDouble(BoxStats::median)),
                DoubleColumn.create("q3", boxes.stream().mapToDouble(BoxStats::q3)),
                DoubleColumn.create("lower_whisker", boxes.stream().mapToDouble(BoxStats::lowerWhisker)),
                DoubleColumn.create("upper_whisker", boxes.stream().mapToDouble(BoxStats::upperWhisker)),
                LongColumn.create("outliers", boxes.stream().mapToLong(BoxStats::outlierCount).toArray()));
    }
}
