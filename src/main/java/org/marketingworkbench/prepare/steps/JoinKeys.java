package org.marketingworkbench.prepare.steps;

import java.util.HashMap;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The key columns of a {@link Join} in one type (whole numbers of different widths become long;
 * other differences are refused) and what the user should know about them.
 */
final class JoinKeys {
    private final Column<?> left;
    private final Column<?> right;
    private final Map<Object, Integer> leftCounts;
    private final Map<Object, Integer> rightCounts;

    private JoinKeys(Column<?> left, Column<?> right) {
        this.left = left;
        this.right = right;
        this.leftCounts = counts(left);
        this.rightCounts = counts(right);
    }

    static JoinKeys of(Column<?> left, Column<?> right) {
        if (left.type() == right.type()) {
            return new JoinKeys(left, right);
        }
        if (Columns.isWholeNumber(left) && Columns.isWholeNumber(right)) {
            return new JoinKeys(((NumericColumn<?>) left).asLongColumn().setName(left.name()),
                    ((NumericColumn<?>) right).asLongColumn().setName(right.name()));
        }
        throw new BadInputException("prepare.error.joinKeyTypes", left.name(), Columns.typeName(left), right.name(),
                Columns.typeName(right));
    }

    Column<?> left() {
        return left;
    }

    Column<?> right() {
        return right;
    }

    /** The table without the rows whose key is missing: a missing key matches nothing. */
    static Table withoutMissingKeys(Table table, String key) {
        return table.column(key).countMissing() == 0 ? table : table.dropWhere(table.column(key).isMissing());
    }

    void report(ReportBuilder report) {
        long leftUnmatchedKeys = leftCounts.keySet().stream().filter(key -> !rightCounts.containsKey(key)).count();
        long rightUnmatchedKeys = rightCounts.keySet().stream().filter(key -> !leftCounts.containsKey(key)).count();
        long leftUnmatchedRows = left.size() - leftCounts.entrySet().stream()
                .filter(entry -> rightCounts.containsKey(entry.getKey())).mapToLong(Map.Entry::getValue).sum();
        long leftRepeated = leftCounts.values().stream().filter(count -> count > 1).count();
        long rightRepeated = rightCounts.values().stream().filter(count -> count > 1).count();
        report.count("leftUnmatchedKeys", leftUnmatchedKeys).count("leftUnmatchedRows", leftUnmatchedRows)
                .count("rightUnmatchedKeys", rightUnmatchedKeys).count("leftRepeatedKeys", leftRepeated)
                .count("rightRepeatedKeys", rightRepeated).count("leftMissingKeys", left.countMissing())
                .count("rightMissingKeys", right.countMissing());
        if (leftUnmatchedKeys > 0 || left.countMissing() > 0) {
            report.note("prepare.note.leftUnmatched", leftUnmatchedRows, leftUnmatchedKeys);
        }
        if (rightUnmatchedKeys > 0) {
            report.note("prepare.note.rightUnmatched", rightUnmatchedKeys);
        }
        if (rightRepeated > 0) {
            report.note("prepare.note.rightRepeated", rightRepeated);
        }
        if (leftRepeated > 0) {
            report.note("prepare.note.leftRepeated", leftRepeated);
        }
    }

    private static Map<Object, Integer> counts(Column<?> column) {
        Map<Object, Integer> counts = new HashMap<>();
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                counts.merge(column.get(row), 1, Integer::sum);
            }
        }
        return counts;
    }
}
