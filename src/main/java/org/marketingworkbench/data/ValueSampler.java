package org.marketingworkbench.data;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * Takes a sample of a column's non-missing values as text, spread evenly over the rows so a
 * sorted file is sampled from top to bottom, the same rows every time.
 */
final class ValueSampler {

    private ValueSampler() {
    }

    /**
     * Up to {@code limit} non-missing values as text. Whole numbers are written without a
     * decimal part or exponent (a phone number read as a number is 13812345678, not 1.38E10);
     * other numbers are left out, since no identifier has a fraction.
     */
    static List<String> sample(Column<?> column, int limit) {
        List<String> sample = new ArrayList<>(limit);
        int rows = column.size();
        int step = Math.max(1, rows / limit);
        for (int row = 0; row < rows && sample.size() < limit; row += step) {
            add(column, row, sample);
        }
        // A column that is mostly empty may have no value on the sampled rows: take the first ones.
        for (int row = 0; row < rows && sample.isEmpty(); row++) {
            add(column, row, sample);
        }
        return sample;
    }

    private static void add(Column<?> column, int row, List<String> sample) {
        if (column.isMissing(row)) {
            return;
        }
        if (column instanceof NumericColumn<?> numbers) {
            double value = numbers.getDouble(row);
            if (value == Math.rint(value) && Math.abs(value) < 1e18) {
                sample.add(Long.toString((long) value));
            }
            return;
        }
        sample.add(column.getString(row));
    }
}
