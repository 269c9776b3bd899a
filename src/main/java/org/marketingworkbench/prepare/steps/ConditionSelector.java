package org.marketingworkbench.prepare.steps;

import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.steps.FilterRows.Condition;
import org.marketingworkbench.prepare.steps.FilterRows.Operator;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * The rows of one column that meet a {@link Condition}: Tablesaw's number and text filters where
 * they exist, otherwise a comparison of the column's own values (dates, booleans) with the value
 * read by the column's own parser.
 */
final class ConditionSelector {

    private ConditionSelector() {
    }

    static Selection select(Column<?> column, Condition condition) {
        Operator operator = condition.operator();
        if (operator == Operator.IS_MISSING) {
            return column.isMissing();
        }
        if (operator == Operator.IS_NOT_MISSING) {
            return Selection.withRange(0, column.size()).andNot(column.isMissing());
        }
        if (operator == Operator.IN && condition.values().isEmpty()) {
            throw new BadInputException("prepare.error.noFilterValue", column.name());
        }
        if (operator != Operator.IN && (condition.value() == null || condition.value().isEmpty())) {
            throw new BadInputException("prepare.error.noFilterValue", column.name());
        }
        Selection matching;
        if (operator == Operator.CONTAINS || operator == Operator.STARTS_WITH) {
            matching = textMatch(column, operator, condition.value());
        } else if (column instanceof NumericColumn<?> numbers) {
            matching = numbers(numbers, operator, condition);
        } else if (column instanceof StringColumn strings) {
            matching = strings(strings, operator, condition);
        } else {
            matching = compared(column, operator, condition);
        }
        return matching.andNot(column.isMissing());
    }

    private static Selection numbers(NumericColumn<?> column, Operator operator, Condition condition) {
        if (operator == Operator.IN) {
            List<Number> values = condition.values().stream().map(text -> (Number) number(column, text)).toList();
            return column.isIn(values);
        }
        double value = number(column, condition.value());
        return switch (operator) {
            case EQUALS -> column.isEqualTo(value);
            case NOT_EQUALS -> column.isNotEqualTo(value);
            case LESS -> column.isLessThan(value);
            case LESS_OR_EQUAL -> column.isLessThanOrEqualTo(value);
            case GREATER -> column.isGreaterThan(value);
            case GREATER_OR_EQUAL -> column.isGreaterThanOrEqualTo(value);
            default -> throw new IllegalStateException(operator.name());
        };
    }

    private static Selection strings(StringColumn column, Operator operator, Condition condition) {
        String value = condition.value();
        return switch (operator) {
            case EQUALS -> column.isEqualTo(value);
            case NOT_EQUALS -> column.isNotEqualTo(value);
            case IN -> column.isIn(condition.values());
            case LESS -> column.eval((cell, limit) -> cell.compareTo(limit) < 0, value);
            case LESS_OR_EQUAL -> column.eval((cell, limit) -> cell.compareTo(limit) <= 0, value);
            case GREATER -> column.eval((cell, limit) -> cell.compareTo(limit) > 0, value);
            case GREATER_OR_EQUAL -> column.eval((cell, limit) -> cell.compareTo(limit) >= 0, value);
            default -> throw new IllegalStateException(operator.name());
        };
    }

    /** Dates, date-times, booleans: the value is read by the column's own parser and compared. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Selection compared(Column<?> column, Operator operator, Condition condition) {
        List<Object> targets = operator == Operator.IN
                ? condition.values().stream().map(text -> parsed(column, text)).toList()
                : List.of(parsed(column, condition.value()));
        Selection rows = new BitmapBackedSelection();
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                continue;
            }
            Comparable cell = (Comparable) column.get(row);
            boolean meets = switch (operator) {
                case IN -> targets.contains(cell);
                case EQUALS -> cell.compareTo(targets.get(0)) == 0;
                case NOT_EQUALS -> cell.compareTo(targets.get(0)) != 0;
                case LESS -> cell.compareTo(targets.get(0)) < 0;
                case LESS_OR_EQUAL -> cell.compareTo(targets.get(0)) <= 0;
                case GREATER -> cell.compareTo(targets.get(0)) > 0;
                case GREATER_OR_EQUAL -> cell.compareTo(targets.get(0)) >= 0;
                default -> throw new IllegalStateException(operator.name());
            };
            if (meets) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** "contains" and "starts with" work on the cell as text, for any column type. */
    private static Selection textMatch(Column<?> column, Operator operator, String value) {
        if (column instanceof StringColumn strings) {
            return operator == Operator.CONTAINS ? strings.containsString(value) : strings.startsWith(value);
        }
        Selection rows = new BitmapBackedSelection();
        for (int row = 0; row < column.size(); row++) {
            String cell = column.getUnformattedString(row);
            if (operator == Operator.CONTAINS ? cell.contains(value) : cell.startsWith(value)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static double number(Column<?> column, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(e, "prepare.error.badFilterValue", text, column.name(), Columns.typeName(column));
        }
    }

    private static Object parsed(Column<?> column, String text) {
        return Columns.parseCell(column, text, "prepare.error.badFilterValue").get(0);
    }
}
