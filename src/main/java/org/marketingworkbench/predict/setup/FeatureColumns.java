package org.marketingworkbench.predict.setup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.data.ColumnRole;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Turns the user's feature choice into checked feature columns with their kinds. */
final class FeatureColumns {
    /** Roles that never become features unless the user names them. */
    private static final Set<ColumnRole> NOT_FEATURES = EnumSet.of(ColumnRole.ID, ColumnRole.PERSONAL,
            ColumnRole.TARGET, ColumnRole.IGNORE, ColumnRole.DATE, ColumnRole.BASKET, ColumnRole.ITEM);
    /** A text column is taken for numbers with a few typos when at least this share of its values are numbers. */
    private static final double MOSTLY_NUMBERS = 0.9;

    private FeatureColumns() {
    }

    static List<ColumnPreparation> choose(Table table, String target, FeatureChoice choice, Map<String, ColumnRole> roles) {
        List<String> names = new ArrayList<>();
        if (!choice.include().isEmpty()) {
            for (String name : choice.include()) {
                requireColumn(table, name);
                if (name.equals(target)) {
                    throw new BadInputException("predict.error.targetAsFeature", name);
                }
                names.add(name);
            }
        } else {
            choice.exclude().forEach(name -> requireColumn(table, name));
            for (Column<?> column : table.columns()) {
                String name = column.name();
                boolean excluded = name.equals(target) || choice.exclude().contains(name) || !usual(column, roles);
                if (!excluded) {
                    names.add(name);
                }
            }
        }
        if (names.isEmpty()) {
            throw new BadInputException("predict.error.noFeatures");
        }
        List<ColumnPreparation> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(ColumnPreparation.usual(name, kindOf(table.column(name))));
        }
        return columns;
    }

    /** Whether a column is a feature unless the user says otherwise: not an id, personal data, a date or a target. */
    static boolean usual(Column<?> column, Map<String, ColumnRole> roles) {
        return !NOT_FEATURES.contains(roles.getOrDefault(column.name(), ColumnRole.FEATURE)) && !isDate(column)
                && !looksLikeIdentifier(column);
    }

    /** How a column would enter the models, without checking its values (numbers by type, else categories). */
    static FeatureKind likelyKind(Column<?> column) {
        ColumnType type = column.type();
        return type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT
                || type == ColumnType.DOUBLE || type == ColumnType.FLOAT ? FeatureKind.NUMBER : FeatureKind.CATEGORY;
    }

    private static void requireColumn(Table table, String name) {
        if (!table.columnNames().contains(name)) {
            throw new BadInputException("cli.error.missingColumn", name, String.join(", ", table.columnNames()));
        }
    }

    private static FeatureKind kindOf(Column<?> column) {
        if (isDate(column)) {
            throw new BadInputException("predict.error.dateFeature", column.name());
        }
        if (column.countMissing() == column.size()) {
            throw new BadInputException("predict.error.allMissing", column.name());
        }
        if (likelyKind(column) == FeatureKind.NUMBER) {
            return FeatureKind.NUMBER;
        }
        rejectNumbersWithText(column);
        return FeatureKind.CATEGORY;
    }

    /** A column of numbers with a few words in it was read as text: say which value to fix. */
    private static void rejectNumbersWithText(Column<?> column) {
        int numbers = 0;
        int values = 0;
        String firstText = null;
        int firstTextRow = -1;
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                continue;
            }
            values++;
            String text = column.getString(row).trim();
            if (isNumber(text)) {
                numbers++;
            } else if (firstText == null) {
                firstText = text;
                firstTextRow = row;
            }
        }
        if (firstText != null && numbers >= MOSTLY_NUMBERS * values) {
            throw new BadInputException("predict.error.textInNumbers", column.name(), firstText, firstTextRow + 1);
        }
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isDate(Column<?> column) {
        ColumnType type = column.type();
        return type == ColumnType.LOCAL_DATE || type == ColumnType.LOCAL_DATE_TIME || type == ColumnType.INSTANT
                || type == ColumnType.LOCAL_TIME;
    }

    /** Text with a different value on every row names customers, it does not describe them. */
    private static boolean looksLikeIdentifier(Column<?> column) {
        return column.type() == ColumnType.STRING && column.size() > 20 && column.countUnique() == column.size();
    }
}
