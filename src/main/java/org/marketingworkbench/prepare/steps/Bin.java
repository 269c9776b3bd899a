package org.marketingworkbench.prepare.steps;

import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Puts a number into bands, in a new text column: equal-width bands between the minimum and the
 * maximum, quantile bands (about as many rows in each), or bands between edges the user gives.
 * Bands include their upper edge and the first band also its lower edge, as pandas' {@code cut}
 * with {@code include_lowest=True}: edges 0, 18, 30 make [0, 18] and (18, 30]. Values outside the
 * given edges become missing and are counted.
 *
 * @param enabled   whether the recipe applies this step
 * @param column    the numeric column
 * @param method    how the edges are found
 * @param bins      the number of bands for equal width and quantiles (default 5)
 * @param edges     the edges, ascending, for {@link Method#EDGES}
 * @param labels    one label per band; empty for labels such as "(18, 30]"
 * @param newColumn the name of the band column (empty: {@code <column>_band})
 */
public record Bin(Boolean enabled, String column, Method method, Integer bins, List<Double> edges,
        List<String> labels, String newColumn) implements Step {
    private static final int DEFAULT_BINS = 5;

    /** How the band edges are found. */
    public enum Method {
        EQUAL_WIDTH, QUANTILES, EDGES
    }

    public Bin {
        enabled = StepSupport.enabled(enabled);
        method = StepSupport.orDefault(method, Method.EQUAL_WIDTH);
        bins = StepSupport.orDefault(bins, DEFAULT_BINS);
        edges = StepSupport.list(edges);
        labels = StepSupport.list(labels);
        newColumn = StepSupport.text(newColumn);
    }

    public static Bin of(String column, Method method, int bins) {
        return new Bin(true, column, method, bins, List.of(), List.of(), null);
    }

    public static Bin atEdges(String column, List<Double> edges, List<String> labels) {
        return new Bin(true, column, Method.EDGES, null, edges, labels, null);
    }

    @Override
    public Bin withEnabled(boolean value) {
        return new Bin(value, column, method, bins, edges, labels, newColumn);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        NumericColumn<?> source = Columns.requireNumber(table, column);
        Tables.requireRows(table);
        String name = newColumn.isEmpty() ? column + "_band" : newColumn;
        Columns.requireNewName(table, name);
        double[] values = source.asDoubleArray();
        BandEdges bands = BandEdges.of(column, method, values, bins, edges);
        if (!labels.isEmpty() && labels.size() != bands.count()) {
            throw new BadInputException("prepare.error.binLabels", labels.size(), bands.count());
        }
        List<String> names = labels.isEmpty() ? bands.labels() : labels;
        String[] banded = new String[values.length];
        int outside = 0;
        for (int row = 0; row < values.length; row++) {
            StepSupport.checkEvery(progress, row);
            int band = Double.isNaN(values[row]) ? -1 : bands.bandOf(values[row]);
            banded[row] = band < 0 ? "" : names.get(band);
            if (band < 0 && !Double.isNaN(values[row])) {
                outside++;
            }
        }
        Table output = Tables.share(table);
        output.insertColumn(table.columnIndex(column) + 1, StringColumn.create(name, banded));
        ReportBuilder report = new ReportBuilder(this, input).count("outOfRange", outside)
                .count("bands", bands.count());
        if (outside > 0) {
            report.note("prepare.note.outOfRange", outside, column);
        }
        if (bands.merged()) {
            report.note("prepare.note.bandsMerged", column, bands.count());
        }
        return report.sameRows(output);
    }
}
