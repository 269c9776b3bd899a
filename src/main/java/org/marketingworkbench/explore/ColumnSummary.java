package org.marketingworkbench.explore;

/**
 * Descriptive statistics of one column, as pandas {@code describe()} plus missing, distinct and
 * skew. Number statistics are NaN for other columns; {@code top} is the most frequent value of
 * text, date and yes/no columns (empty for numbers).
 *
 * @param name     the column
 * @param kind     number, text, date or boolean
 * @param count    present (non-missing) values
 * @param missing  missing values
 * @param distinct distinct present values
 * @param mean     the mean
 * @param std      the sample standard deviation (n - 1), as pandas
 * @param min      the smallest value
 * @param q1       the first quartile (linear interpolation, as pandas and NumPy)
 * @param median   the median
 * @param q3       the third quartile
 * @param max      the largest value
 * @param skew     the bias-corrected sample skewness (adjusted Fisher-Pearson), as pandas {@code skew()}
 * @param top      the most frequent value (the smallest among ties)
 * @param topCount how often {@code top} occurs
 * @param first    the earliest date, or the smallest value as text
 * @param last     the latest date, or the largest value as text
 */
public record ColumnSummary(String name, Kind kind, long count, long missing, long distinct, double mean, double std,
        double min, double q1, double median, double q3, double max, double skew, String top, long topCount,
        String first, String last) {

    /** What kind of values a column holds, for choosing statistics and charts. */
    public enum Kind {
        NUMBER, TEXT, DATE, BOOLEAN
    }
}
