package org.marketingworkbench.predict.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.marketingworkbench.data.ColumnRole;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The columns a prediction can target: those with at most two different values (a column with
 * one value is offered too, so choosing it explains why it cannot be predicted).
 */
public final class TargetChoices {

    private TargetChoices() {
    }

    /** The candidate targets: columns marked as the target first, then the others in table order. */
    public static List<String> of(Table table, Map<String, ColumnRole> roles) {
        List<String> marked = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            if (values(column, 3).size() <= 2) {
                (roles.get(column.name()) == ColumnRole.TARGET ? marked : others).add(column.name());
            }
        }
        marked.addAll(others);
        return marked;
    }

    /**
     * The likely target: a column marked or named as the target (see {@link #marked}), else the
     * first two-valued column with a "yes"-like value, else the first two-valued column; null
     * when there is none.
     */
    public static String guess(Table table, Map<String, ColumnRole> roles) {
        String marked = marked(table, roles);
        if (marked != null) {
            return marked;
        }
        String firstTwoValued = null;
        for (String name : of(table, roles)) {
            List<String> values = values(table.column(name), 3);
            if (values.size() == 2 && BinaryTarget.usualPositive(values) != null) {
                return name;
            }
            firstTwoValued = firstTwoValued == null && values.size() == 2 ? name : firstTwoValued;
        }
        return firstTwoValued;
    }

    /** The first two-valued column with the target role or named like an outcome (y, purchased ...), or null. */
    public static String marked(Table table, Map<String, ColumnRole> roles) {
        for (String name : of(table, roles)) {
            Column<?> column = table.column(name);
            if (values(column, 3).size() == 2
                    && (roles.get(name) == ColumnRole.TARGET || ColumnRoles.looksLikeTarget(column))) {
                return name;
            }
        }
        return null;
    }

    /** The column's different values (missing ones left out), sorted, at most {@code limit} of them. */
    public static List<String> values(Column<?> column, int limit) {
        TreeSet<String> values = new TreeSet<>();
        for (int row = 0; row < column.size() && values.size() < limit; row++) {
            if (!column.isMissing(row)) {
                values.add(column.getString(row));
            }
        }
        return new ArrayList<>(values);
    }
}
