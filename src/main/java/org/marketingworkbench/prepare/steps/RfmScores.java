package org.marketingworkbench.prepare.steps;

import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import org.marketingworkbench.prepare.rfm.QuintileScores;
import org.marketingworkbench.prepare.rfm.RfmSegments;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Adds RFM scores 1-5 by quintiles ({@code r_score}, {@code f_score}, {@code m_score}; see
 * {@link QuintileScores} for the tie rule; a recent purchase scores 5) and the named segment of
 * each customer ({@code rfm_segment}, from {@link RfmSegments}' rule table, stored under its stable
 * English name). Reads the columns {@link AggregateCustomers} writes, or others the user names.
 *
 * @param enabled         whether the recipe applies this step
 * @param recencyColumn   days since the last purchase (default {@code recency})
 * @param frequencyColumn number of orders (default {@code frequency})
 * @param monetaryColumn  total spend (default {@code monetary})
 */
public record RfmScores(Boolean enabled, String recencyColumn, String frequencyColumn, String monetaryColumn)
        implements Step {
    /** Fewer customers than quintiles cannot be scored meaningfully. */
    private static final int MINIMUM_CUSTOMERS = 5;

    public RfmScores {
        enabled = StepSupport.enabled(enabled);
        recencyColumn = StepSupport.text(recencyColumn).isEmpty() ? "recency" : recencyColumn.trim();
        frequencyColumn = StepSupport.text(frequencyColumn).isEmpty() ? "frequency" : frequencyColumn.trim();
        monetaryColumn = StepSupport.text(monetaryColumn).isEmpty() ? "monetary" : monetaryColumn.trim();
    }

    /** Scores the columns {@link AggregateCustomers} writes. */
    public static RfmScores standard() {
        return new RfmScores(true, null, null, null);
    }

    @Override
    public RfmScores withEnabled(boolean value) {
        return new RfmScores(value, recencyColumn, frequencyColumn, monetaryColumn);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        double[] recency = Columns.numbers(table, recencyColumn);
        double[] frequency = Columns.numbers(table, frequencyColumn);
        double[] monetary = Columns.numbers(table, monetaryColumn);
        if (table.rowCount() < MINIMUM_CUSTOMERS) {
            throw new BadInputException("prepare.error.rfmTooFew", table.rowCount(), MINIMUM_CUSTOMERS);
        }
        for (String name : new String[] {"r_score", "f_score", "m_score", "rfm_segment"}) {
            Columns.requireNewName(table, name);
        }
        int[] r = QuintileScores.of(recency, true);
        int[] f = QuintileScores.of(frequency, false);
        int[] m = QuintileScores.of(monetary, false);
        progress.checkCancelled();
        String[] segments = new String[r.length];
        for (int row = 0; row < r.length; row++) {
            boolean scored = r[row] > 0 && f[row] > 0 && m[row] > 0;
            segments[row] = scored ? RfmSegments.segmentOf(r[row], f[row], m[row]).label() : "";
        }
        Table output = Tables.share(table);
        output.addColumns(scoreColumn("r_score", r), scoreColumn("f_score", f), scoreColumn("m_score", m),
                StringColumn.create("rfm_segment", segments));
        return new ReportBuilder(this, input).sameRows(output);
    }

    private static IntColumn scoreColumn(String name, int[] scores) {
        IntColumn column = IntColumn.create(name, scores);
        for (int row = 0; row < scores.length; row++) {
            if (scores[row] == 0) {
                column.setMissing(row);
            }
        }
        return column;
    }
}
