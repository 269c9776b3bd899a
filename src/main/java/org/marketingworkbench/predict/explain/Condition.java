package org.marketingworkbench.predict.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import org.marketingworkbench.predict.setup.FittedPreprocessing;
import tech.tablesaw.api.Table;

/**
 * One test on a feature, as a tree split or a rule clause: a number at most / above a
 * threshold, or a category equal / not equal to a level. Values are read after the same
 * filling of missing values the model saw.
 *
 * @param feature   the feature's position in the fitted preprocessing
 * @param column    the feature's name
 * @param operator  the comparison
 * @param threshold the cut-off for numbers (NaN for categories)
 * @param level     the category for categories (null for numbers)
 */
public record Condition(int feature, String column, Operator operator, double threshold, String level) {

    /** The comparisons a tree makes. */
    public enum Operator {
        AT_MOST("\u2264"), ABOVE(">"), IS("="), IS_NOT("\u2260");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    static Condition atMost(int feature, String column, double threshold) {
        return new Condition(feature, column, Operator.AT_MOST, threshold, null);
    }

    static Condition is(int feature, String column, String level) {
        return new Condition(feature, column, Operator.IS, Double.NaN, level);
    }

    /** The condition that holds exactly where this one does not (the other branch of a split). */
    public Condition negate() {
        Operator opposite = switch (operator) {
            case AT_MOST -> Operator.ABOVE;
            case ABOVE -> Operator.AT_MOST;
            case IS -> Operator.IS_NOT;
            case IS_NOT -> Operator.IS;
        };
        return new Condition(feature, column, opposite, threshold, level);
    }

    /** Whether a row of {@code table} satisfies the condition. */
    public boolean holds(FittedPreprocessing preprocessing, Table table, int row) {
        return switch (operator) {
            case AT_MOST -> preprocessing.number(table, feature, row) <= threshold;
            case ABOVE -> preprocessing.number(table, feature, row) > threshold;
            case IS -> preprocessing.category(table, feature, row).equals(level);
            case IS_NOT -> !preprocessing.category(table, feature, row).equals(level);
        };
    }

    /** The condition as people read it, e.g. "age > 60.5" or "contact = cellular". */
    public String text() {
        String value = level != null ? level
                : new BigDecimal(threshold).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return column + " " + operator.symbol() + " " + value;
    }
}
