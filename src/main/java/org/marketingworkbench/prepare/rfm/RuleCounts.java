package org.marketingworkbench.prepare.rfm;

import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * How many customers of a scored table each rule of {@link RfmSegments} covers, for showing the
 * rule table with its counts. Counted per rule, not per segment: "At risk" has two rules.
 */
public final class RuleCounts {
    private static final List<String> SCORES = List.of("r_score", "f_score", "m_score");

    private RuleCounts() {
    }

    /** One count per rule, in rule order; empty when the table has no RFM scores. */
    public static long[] of(Table table) {
        if (!table.columnNames().containsAll(SCORES)) {
            return new long[0];
        }
        IntColumn recency = table.intColumn("r_score");
        IntColumn frequency = table.intColumn("f_score");
        IntColumn monetary = table.intColumn("m_score");
        List<RfmSegments.Rule> rules = RfmSegments.rules();
        long[] counts = new long[rules.size()];
        for (int row = 0; row < table.rowCount(); row++) {
            if (recency.isMissing(row) || frequency.isMissing(row) || monetary.isMissing(row)) {
                continue;
            }
            int r = recency.getInt(row);
            int frequencyMonetary = RfmSegments.frequencyMonetary(frequency.getInt(row), monetary.getInt(row));
            for (int rule = 0; rule < counts.length; rule++) {
                if (rules.get(rule).covers(r, frequencyMonetary)) {
                    counts[rule]++;
                    break;
                }
            }
        }
        return counts;
    }
}
