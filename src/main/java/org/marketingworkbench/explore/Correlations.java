package org.marketingworkbench.explore;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The correlation matrix of numeric columns, by Commons Math on pairwise-complete rows. */
public final class Correlations {

    /** Which coefficient. */
    public enum Method {
        /** Linear correlation of the values. */
        PEARSON,
        /** Correlation of the ranks (ties get their average rank), for monotonic relations. */
        SPEARMAN
    }

    private Correlations() {
    }

    /** The matrix of {@code columns}, or of every numeric column when the list is empty. */
    public static CorrelationMatrix matrix(Table table, List<String> columns, Method method, Progress progress) {
        Tables.requireRows(table);
        List<String> names = columns.isEmpty() ? numericColumns(table) : columns;
        if (names.size() < 2) {
            throw new BadInputException("explore.error.fewNumericColumns");
        }
        double[][] values = new double[names.size()][];
        for (int index = 0; index < names.size(); index++) {
            values[index] = Columns.numbers(table, names.get(index));
        }
        int size = names.size();
        double[][] coefficients = new double[size][size];
        double[][] counts = new double[size][size];
        for (int first = 0; first < size; first++) {
            progress.checkCancelled();
            progress.update(first, size, names.get(first));
            for (int second = first; second < size; second++) {
                double[][] pair = complete(values[first], values[second]);
                double coefficient = coefficient(method, pair[0], pair[1]);
                coefficients[first][second] = coefficient;
                coefficients[second][first] = coefficient;
                counts[first][second] = pair[0].length;
                counts[second][first] = pair[0].length;
            }
        }
        return new CorrelationMatrix(method, new LabeledMatrix(names, names, coefficients),
                new LabeledMatrix(names, names, counts));
    }

    private static List<String> numericColumns(Table table) {
        List<String> names = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            if (column instanceof NumericColumn<?>) {
                names.add(column.name());
            }
        }
        return names;
    }

    /** The values of the rows where both columns are present. */
    private static double[][] complete(double[] first, double[] second) {
        int both = 0;
        for (int row = 0; row < first.length; row++) {
            if (!Double.isNaN(first[row]) && !Double.isNaN(second[row])) {
                both++;
            }
        }
        double[][] pair = new double[2][both];
        int next = 0;
        for (int row = 0; row < first.length; row++) {
            if (!Double.isNaN(first[row]) && !Double.isNaN(second[row])) {
                pair[0][next] = first[row];
                pair[1][next++] = second[row];
            }
        }
        return pair;
    }

    private static boolean constant(double[] values) {
        for (double value : values) {
            if (value != values[0]) {
                return false;
            }
        }
        return true;
    }

    private static double coefficient(Method method, double[] first, double[] second) {
        // no coefficient without two rows or when a column does not vary (pandas gives NaN too)
        if (first.length < 2 || constant(first) || constant(second)) {
            return Double.NaN;
        }
        return method == Method.PEARSON ? new PearsonsCorrelation().correlation(first, second)
                : new SpearmansCorrelation().correlation(first, second);
    }
}
