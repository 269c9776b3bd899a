package org.marketingworkbench.predict.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.data.ColumnRole;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The columns offered as features for a target, with whether each is used unless the user says
 * otherwise. Dates are not offered: a model cannot use them directly.
 */
public final class FeatureOptions {

    /**
     * One column the user may tick.
     *
     * @param column  the column's name
     * @param kind    number or category, as the models would take it
     * @param role    the column's role (personal data, id ...)
     * @param usual   whether it is ticked by default (not personal data, an id or a target)
     */
    public record Option(String column, FeatureKind kind, ColumnRole role, boolean usual) {
    }

    private FeatureOptions() {
    }

    /** Every column except the target and dates, in table order. */
    public static List<Option> of(Table table, String target, Map<String, ColumnRole> roles) {
        List<Option> options = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            if (column.name().equals(target) || FeatureColumns.isDate(column)) {
                continue;
            }
            ColumnRole role = roles.getOrDefault(column.name(), ColumnRole.FEATURE);
            options.add(new Option(column.name(), FeatureColumns.likelyKind(column), role,
                    FeatureColumns.usual(column, roles)));
        }
        return options;
    }
}
