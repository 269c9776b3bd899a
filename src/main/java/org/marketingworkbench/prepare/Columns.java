package org.marketingworkbench.prepare;

import java.util.List;
import org.marketingworkbench.common.BadInputException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Column look-up and validation shared by the steps and the explore analyses: a missing column or
 * a column of the wrong kind becomes one translated sentence that names the column.
 */
public final class Columns {

    private Columns() {
    }

    /** The column named {@code name}, or a {@link BadInputException} that lists the columns there are. */
    public static Column<?> require(Table table, String name) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("prepare.error.noColumnChosen");
        }
        if (!table.containsColumn(name)) {
            throw new BadInputException("prepare.error.missingColumn", name, String.join(", ", table.columnNames()));
        }
        return table.column(name);
    }

    /** Every named column must exist; an empty list is refused when {@code atLeastOne}. */
    public static void requireAll(Table table, List<String> names, boolean atLeastOne) {
        if (atLeastOne && names.isEmpty()) {
            throw new BadInputException("prepare.error.noColumnChosen");
        }
        names.forEach(name -> require(table, name));
    }

    /** At least one column, each of them numeric. */
    public static void requireNumbers(Table table, List<String> names) {
        requireAll(table, names, true);
        names.forEach(name -> requireNumber(table, name));
    }

    /** The numeric column named {@code name}. */
    public static NumericColumn<?> requireNumber(Table table, String name) {
        Column<?> column = require(table, name);
        if (!(column instanceof NumericColumn<?> numeric)) {
            throw new BadInputException("prepare.error.notNumeric", name, typeName(column));
        }
        return numeric;
    }

    /** True for the date and date-time columns the date steps accept. */
    public static boolean isDate(Column<?> column) {
        return column instanceof DateColumn || column instanceof DateTimeColumn;
    }

    /** True for whole-number columns (short, int, long). */
    public static boolean isWholeNumber(Column<?> column) {
        ColumnType type = column.type();
        return type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT;
    }

    /** The values of a numeric column as doubles, NaN where missing. */
    public static double[] numbers(Table table, String name) {
        return requireNumber(table, name).asDoubleArray();
    }

    /**
     * {@code text} read by the column's own parser (numbers, ISO dates, yes/no...), as a one-cell
     * column of the same type; text it cannot read raises {@code errorKey} with the text, the column
     * name and its type.
     */
    public static Column<?> parseCell(Column<?> column, String text, String errorKey) {
        Column<?> cell = column.emptyCopy();
        try {
            cell.appendCell(text.trim());
        } catch (RuntimeException e) {
            throw new BadInputException(e, errorKey, text, column.name(), typeName(column));
        }
        if (cell.isMissing(0)) {
            throw new BadInputException(errorKey, text, column.name(), typeName(column));
        }
        return cell;
    }

    /** {@code base}, or {@code base_2}, {@code base_3}... when the table already has that name. */
    public static String freeName(Table table, String base) {
        if (!table.containsColumn(base)) {
            return base;
        }
        int suffix = 2;
        while (table.containsColumn(base + "_" + suffix)) {
            suffix++;
        }
        return base + "_" + suffix;
    }

    /** Refuses a new column name that the table already has (the user chose it, so we do not rename it). */
    public static void requireNewName(Table table, String name) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("prepare.error.noNewName");
        }
        if (table.containsColumn(name)) {
            throw new BadInputException("prepare.error.nameTaken", name);
        }
    }

    /** The type as the user reads it ("text", "whole number"...). */
    public static String typeName(Column<?> column) {
        ColumnType type = column.type();
        String key;
        if (isWholeNumber(column)) {
            key = "prepare.type.whole";
        } else if (column instanceof NumericColumn<?>) {
            key = "prepare.type.decimal";
        } else if (isDate(column)) {
            key = "prepare.type.date";
        } else if (type == ColumnType.BOOLEAN) {
            key = "prepare.type.boolean";
        } else {
            key = "prepare.type.text";
        }
        return org.marketingworkbench.i18n.Messages.get(key);
    }
}
