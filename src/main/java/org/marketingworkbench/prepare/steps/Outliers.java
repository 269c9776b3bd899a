package org.marketingworkbench.prepare.steps;

import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.AffectedRows;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Finds values far from the rest of their column and flags them (a 0/1 column), caps them at the
 * fences (winsorising) or removes their rows. Fences are Q1 - k IQR and Q3 + k IQR (quartiles as
 * pandas, k = 1.5 by default) or mean -/+ z standard deviations (population deviation, as
 * {@code scipy.stats.zscore}; z = 3 by default). A value is an outlier when strictly outside; missing
 * values never are. All fences are computed on the step's input.
 *
 * @param enabled   whether the recipe applies this step
 * @param columns   the numeric columns to check
 * @param method    IQR or z-score fences
 * @param threshold k for IQR, z for z-score; empty for the default
 * @param action    what to do with outliers
 */
public record Outliers(Boolean enabled, List<String> columns, Method method, Double threshold, Action action)
        implements Step {

    /** How the fences are found. */
    public enum Method {
        IQR, Z_SCORE
    }

    /** What happens to an outlier. */
    public enum Action {
        /** Add a column {@code <name>_outlier} holding 1 for outliers, else 0. */
        FLAG,
        /** Set outliers to the nearest fence (whole-number columns: the nearest whole number inside). */
        CAP,
        /** Remove the rows with an outlier in any checked column. */
        REMOVE
    }

    public Outliers {
        enabled = StepSupport.enabled(enabled);
        columns = StepSupport.list(columns);
        method = StepSupport.orDefault(method, Method.IQR);
        threshold = threshold == null || threshold.isNaN() ? (method == Method.IQR ? 1.5 : 3.0) : threshold;
        action = StepSupport.orDefault(action, Action.FLAG);
    }

    public static Outliers of(Method method, Action action, String... columns) {
        return new Outliers(true, List.of(columns), method, null, action);
    }

    @Override
    public Outliers withEnabled(boolean value) {
        return new Outliers(value, columns, method, threshold, action);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        Columns.requireNumbers(table, columns);
        Tables.requireRows(table);
        if (!(threshold > 0)) {
            throw new BadInputException("prepare.error.threshold", threshold);
        }
        ReportBuilder report = new ReportBuilder(this, input);
        Table output = Tables.share(table);
        Selection outlierRows = new BitmapBackedSelection();
        long cells = 0;
        for (String name : columns) {
            progress.checkCancelled();
            Fences fences = Fences.of(table.numberColumn(name), method, threshold);
            if (fences.undefined()) {
                report.note("prepare.note.noSpread", name);
                continue;
            }
            Selection outside = fences.outside(table.numberColumn(name));
            report.note("prepare.note.fences", name, fences.lower(), fences.upper(), outside.size());
            outlierRows.or(outside);
            cells += outside.size();
            if (action == Action.FLAG) {
                output.addColumns(flags(table, name, outside));
            } else if (action == Action.CAP) {
                output.replaceColumn(name, fences.cap(table.numberColumn(name), outside));
            }
        }
        report.count("outliers", outlierRows.size());
        if (action == Action.REMOVE) {
            return Tables.removeRows(input, outlierRows, report);
        }
        report.cellsChanged(action == Action.CAP ? cells : 0)
                .affected(AffectedRows.changed(input, outlierRows.toArray()));
        return report.sameRows(output);
    }

    private static IntColumn flags(Table table, String name, Selection outside) {
        int[] values = new int[table.rowCount()];
        for (int row : outside) {
            values[row] = 1;
        }
        return IntColumn.create(Columns.freeName(table, name + "_outlier"), values);
    }
}
