package org.marketingworkbench.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marketingworkbench.data.ColumnRole;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Finds the default features (every numeric column that is not an identifier) and the column
 * that names customers in exports. An identifier is a column with the role ID, a name with the
 * word "id" in it (customer_id, CustomerID, 编号), or a row counter 1, 2, 3, ...
 */
public final class IdentifierColumns {

    private IdentifierColumns() {
    }

    /** The numeric columns of {@code table} that carry information (not ids, not personal data, not ignored). */
    public static List<String> defaultFeatures(Table table, Map<String, ColumnRole> roles) {
        List<String> features = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            ColumnRole role = roles.getOrDefault(column.name(), ColumnRole.FEATURE);
            if (column instanceof NumericColumn<?> && role == ColumnRole.FEATURE && !isIdentifier(column)) {
                features.add(column.name());
            }
        }
        return features;
    }

    /** The numeric columns left out of the default features because they look like identifiers. */
    public static List<String> identifiers(Table table, Map<String, ColumnRole> roles) {
        List<String> identifiers = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            if (roles.get(column.name()) == ColumnRole.ID || isIdentifier(column)) {
                identifiers.add(column.name());
            }
        }
        return identifiers;
    }

    /** True when the column's name or values say it identifies rows rather than describes them. */
    public static boolean isIdentifier(Column<?> column) {
        return hasIdName(column.name()) || isRowCounter(column);
    }

    static boolean hasIdName(String name) {
        if (name.contains("编号") || name.contains("ID号")) {
            return true;
        }
        // split "customer_id", "CustomerID", "id" into words and look for the word "id"
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        for (String word : spaced.split("[^\\p{L}\\p{N}]+")) {
            if (word.toLowerCase(Locale.ROOT).equals("id")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRowCounter(Column<?> column) {
        if (!(column instanceof NumericColumn<?> numeric) || numeric.size() < 3 || numeric.countMissing() > 0) {
            return false;
        }
        double previous = numeric.getDouble(0);
        for (int row = 1; row < numeric.size(); row++) {
            double value = numeric.getDouble(row);
            if (value != previous + 1) {
                return false;
            }
            previous = value;
        }
        return true;
    }
}
