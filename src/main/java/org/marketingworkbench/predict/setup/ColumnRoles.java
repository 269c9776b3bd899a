package org.marketingworkbench.predict.setup;

import java.util.Map;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.ColumnProfiler;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.data.RoleGuesser;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The column roles a prediction starts from. The loader marks every column as a feature until
 * the user says otherwise; then the roles are guessed from the data (personal data, ids, dates,
 * the target), so that names and phone numbers are not offered as features by default.
 */
public final class ColumnRoles {

    private ColumnRoles() {
    }

    /** {@code known} when any column has a role other than feature, else the guessed roles. */
    public static Map<String, ColumnRole> effective(Table table, Map<String, ColumnRole> known, Progress progress) {
        if (known.values().stream().anyMatch(role -> role != ColumnRole.FEATURE)) {
            return known;
        }
        return RoleGuesser.guess(table, ColumnProfiler.profile(table, Map.of(), progress)).roles();
    }

    /** Whether one column is named like an outcome and has two values (y, purchased, 是否购买 ...). */
    public static boolean looksLikeTarget(Column<?> column) {
        Table alone = Table.create(column);
        return RoleGuesser.guess(alone, ColumnProfiler.profile(alone, Map.of(), Progress.none())).roles()
                .get(column.name()) == ColumnRole.TARGET;
    }
}
