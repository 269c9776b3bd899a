package org.marketingworkbench.prepare.steps;

import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.Quantiles;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Puts numeric columns on a common scale: z-score ((x - mean) / standard deviation, the population
 * deviation as scikit-learn's {@code StandardScaler}) or min-max ((x - min) / (max - min), into
 * [0, 1]). A column with no spread (all values equal) is left as it is and the report says so:
 * dividing by zero would only make it missing.
 *
 * @param enabled whether the recipe applies this step
 * @param columns the numeric columns to scale
 * @param method  z-score or min-max
 */
public record Scale(Boolean enabled, List<String> columns, Method method) implements Step {

    /** How values are scaled. */
    public enum Method {
        Z_SCORE, MIN_MAX
    }

    public Scale {
        enabled = StepSupport.enabled(enabled);
        columns = StepSupport.list(columns);
        method = StepSupport.orDefault(method, Method.Z_SCORE);
    }

    public static Scale of(Method method, String... columns) {
        return new Scale(true, List.of(columns), method);
    }

    @Override
    public Scale withEnabled(boolean value) {
        return new Scale(value, columns, method);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        Columns.requireNumbers(table, columns);
        Tables.requireRows(table);
        ReportBuilder report = new ReportBuilder(this, input);
        Table output = Tables.share(table);
        long cells = 0;
        int constant = 0;
        for (String name : columns) {
            progress.checkCancelled();
            double[] values = table.numberColumn(name).asDoubleArray();
            double[] present = Quantiles.withoutMissing(values);
            double center;
            double spread;
            if (present.length == 0) {
                center = Double.NaN;
                spread = 0;
            } else if (method == Method.Z_SCORE) {
                center = StatUtils.mean(present);
                spread = Math.sqrt(StatUtils.populationVariance(present, center));
            } else {
                center = StatUtils.min(present);
                spread = StatUtils.max(present) - center;
            }
            if (!(spread > 0)) {
                constant++;
                report.note("prepare.note.constantColumn", name);
                continue;
            }
            double[] scaled = new double[values.length];
            for (int row = 0; row < values.length; row++) {
                scaled[row] = (values[row] - center) / spread;
            }
            output.replaceColumn(name, DoubleColumn.create(name, scaled));
            cells += present.length;
            report.note("prepare.note.scaled", name, center, spread);
        }
        return report.cellsChanged(cells).count("constantColumns", constant).sameRows(output);
    }
}
