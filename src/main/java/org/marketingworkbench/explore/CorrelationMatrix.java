package org.marketingworkbench.explore;

import tech.tablesaw.api.Table;

/**
 * Correlations between numeric columns, each pair computed on the rows where both are present
 * (pairwise-complete, as pandas {@code DataFrame.corr}); NaN where a pair has fewer than two such
 * rows or a column does not vary.
 *
 * @param method       Pearson or Spearman
 * @param coefficients the symmetric matrix, columns in table order
 * @param pairCounts   the rows each coefficient is based on
 */
public record CorrelationMatrix(Correlations.Method method, LabeledMatrix coefficients, LabeledMatrix pairCounts) {

    /** The coefficient of two columns. */
    public double between(String first, String second) {
        return coefficients.value(first, second);
    }

    /** The matrix with the column names in a first column, for the heat map's table and CSV. */
    public Table toTable() {
        return coefficients.toTable("correlation", "column");
    }
}
