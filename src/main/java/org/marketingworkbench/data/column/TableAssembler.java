package org.marketingworkbench.data.column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.data.ColumnMisfits;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.Notice;
import org.marketingworkbench.data.value.ColumnPlan;
import org.marketingworkbench.data.value.DateOrder;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Puts finished columns into a table and says, column by column, what the user should know:
 * cells that did not fit, percentages and currency read as numbers, a guessed date order, a
 * column read as text after all.
 */
public final class TableAssembler {

    /** The table, each column's type, the misfits and the notices. */
    public record Assembled(Table table, Map<String, ColumnType> types, List<ColumnMisfits> misfits,
            List<Notice> notices) {
    }

    private TableAssembler() {
    }

    /**
     * @param fallbacks for each column, why it was read as text after all, or null
     */
    public static Assembled assemble(String tableName, List<ColumnPlan> plans, List<MergedColumn> columns,
            List<TextFallback> fallbacks) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        List<ColumnMisfits> misfits = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        List<Column<?>> tableColumns = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            MergedColumn merged = columns.get(i);
            String name = merged.column().name();
            tableColumns.add(merged.column());
            types.put(name, merged.type());
            TextFallback fallback = i < fallbacks.size() ? fallbacks.get(i) : null;
            if (fallback != null) {
                notices.add(Notice.of("data.notice.column.readAsText", name, fallback.intended(), fallback.count(),
                        fallback.first() == null ? "" : fallback.first().text(),
                        fallback.first() == null ? 0 : fallback.first().line()));
            }
            notices.addAll(columnNotices(merged, i < plans.size() ? plans.get(i) : null));
            if (merged.misfitCount() > 0) {
                misfits.add(new ColumnMisfits(name, merged.type(), merged.misfitCount(), merged.misfits()));
            }
        }
        Table table = Table.create(tableName, tableColumns.toArray(new Column<?>[0]));
        return new Assembled(table, types, misfits, notices);
    }

    /** What to tell about one column's values. */
    public static List<Notice> columnNotices(MergedColumn merged, ColumnPlan plan) {
        String name = merged.column().name();
        List<Notice> notices = new ArrayList<>();
        if (merged.misfitCount() > 0) {
            var first = merged.misfits().get(0);
            notices.add(Notice.of("data.notice.column.misfits", name, merged.misfitCount(), merged.type(),
                    first.text(), first.line()));
        }
        if (merged.percent()) {
            notices.add(Notice.of("data.notice.column.percent", name));
        }
        if (merged.currency()) {
            notices.add(Notice.of("data.notice.column.currency", name));
        }
        boolean dates = merged.type() == ColumnType.DATE || merged.type() == ColumnType.DATE_TIME;
        if (dates && plan != null && plan.orderGuessed()) {
            notices.add(Notice.of(plan.order() == DateOrder.DAY_FIRST ? "data.notice.column.dayFirst"
                    : "data.notice.column.monthFirst", name));
        }
        if (merged.badText() > 0) {
            notices.add(Notice.of("data.notice.column.badText", name, merged.badText(),
                    merged.firstBadText().row() + 1));
        }
        return notices;
    }
}
