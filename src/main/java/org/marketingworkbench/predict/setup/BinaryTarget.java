package org.marketingworkbench.predict.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marketingworkbench.common.BadInputException;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The column to predict and which of its two values counts as a purchase. Rows are coded
 * 1 (positive) and 0 (negative), the coding every model and metric here uses.
 *
 * @param column        the target column's name
 * @param positiveLabel the value that means "buys"
 * @param negativeLabel the other value
 * @param classes       per row: 1 for the positive label, 0 for the negative one
 */
public record BinaryTarget(String column, String positiveLabel, String negativeLabel, int[] classes) {

    /** The words users commonly give a purchase, tried in order when no positive class is given. */
    private static final List<String> USUAL_POSITIVES = List.of("yes", "1", "true", "y", "buy", "bought", "purchase",
            "是", "购买");

    /**
     * Reads the target from the table. {@code positive} may be null: then a usual "yes"-like
     * value is chosen, else the rarer of the two values (the one a campaign looks for).
     */
    public static BinaryTarget of(Table table, String column, String positive) {
        if (column == null || !table.columnNames().contains(column)) {
            throw new BadInputException("predict.error.targetMissing", column, String.join(", ", table.columnNames()));
        }
        Column<?> values = table.column(column);
        Map<String, Integer> counts = new TreeMap<>();
        for (int row = 0; row < values.size(); row++) {
            if (values.isMissing(row)) {
                throw new BadInputException("predict.error.targetHasMissing", column, row + 1);
            }
            counts.merge(values.getString(row), 1, Integer::sum);
        }
        if (counts.size() < 2) {
            throw new BadInputException("predict.error.oneClass", column,
                    counts.isEmpty() ? "" : counts.keySet().iterator().next());
        }
        if (counts.size() > 2) {
            throw new BadInputException("predict.error.notBinary", column, counts.size(),
                    String.join(", ", new ArrayList<>(counts.keySet()).subList(0, Math.min(5, counts.size()))));
        }
        String chosen = positive == null ? guessPositive(counts) : positive;
        if (!counts.containsKey(chosen)) {
            throw new BadInputException("predict.error.positiveMissing", chosen, column, String.join(", ", counts.keySet()));
        }
        String negative = counts.keySet().stream().filter(label -> !label.equals(chosen)).findFirst().orElseThrow();
        int[] classes = new int[values.size()];
        for (int row = 0; row < classes.length; row++) {
            classes[row] = values.getString(row).equals(chosen) ? 1 : 0;
        }
        return new BinaryTarget(column, chosen, negative, classes);
    }

    private static String guessPositive(Map<String, Integer> counts) {
        String usual = usualPositive(counts.keySet());
        return usual != null ? usual
                : counts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The first of the labels that users commonly give a purchase ("yes", "1", "true" ...), or null. */
    public static String usualPositive(java.util.Collection<String> labels) {
        for (String usual : USUAL_POSITIVES) {
            for (String label : labels) {
                if (label.equalsIgnoreCase(usual)) {
                    return label;
                }
            }
        }
        return null;
    }

    /** The label of class 1 or 0. */
    public String label(int classCode) {
        return classCode == 1 ? positiveLabel : negativeLabel;
    }

    /** How many rows are positive. */
    public int positives() {
        int sum = 0;
        for (int value : classes) {
            sum += value;
        }
        return sum;
    }

    public int rows() {
        return classes.length;
    }
}
