package org.marketingworkbench.data.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marketingworkbench.data.value.ColumnPlan;

/**
 * How to read a CSV file's records.
 *
 * @param delimiter      the field separator
 * @param terminator     the byte that ends a record ('\n', or '\r' for old Mac files)
 * @param plans          how to read each column; null for a column this pass skips
 * @param bytesPerRecord the average record size in the sample, to size the arrays
 */
record CsvLayout(byte delimiter, byte terminator, List<ColumnPlan> plans, double bytesPerRecord) {

    CsvLayout {
        plans = Collections.unmodifiableList(new ArrayList<>(plans));
        bytesPerRecord = Math.max(2, bytesPerRecord);
    }

    int columns() {
        return plans.size();
    }
}
