package org.marketingworkbench.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The chosen columns read out of the table, one array per feature dimension, with NaN where a
 * value is missing. Checks that numeric columns hold numbers and categories are not too varied.
 */
record RawFeatures(List<FeatureColumn> features, List<double[]> values) {

    /** More levels than this is almost always an identifier or free text, not a category. */
    static final int MAX_LEVELS = 50;

    static RawFeatures read(Table table, FeatureSelection selection) {
        if (selection.numeric().isEmpty() && selection.categories().isEmpty()) {
            throw new BadInputException("segment.error.noFeatures");
        }
        List<FeatureColumn> features = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (String name : selection.numeric()) {
            features.add(FeatureColumn.numeric(name));
            values.add(numeric(column(table, name)));
        }
        for (String name : selection.categories()) {
            Column<?> column = column(table, name);
            for (String level : levels(column)) {
                features.add(FeatureColumn.level(name, level));
                values.add(oneHot(column, level));
            }
        }
        return new RawFeatures(features, values);
    }

    private static Column<?> column(Table table, String name) {
        if (!table.containsColumn(name)) {
            throw new BadInputException("cli.error.missingColumn", name, String.join(", ", table.columnNames()));
        }
        return table.column(name);
    }

    private static double[] numeric(Column<?> column) {
        int rows = column.size();
        double[] values = new double[rows];
        if (column instanceof NumericColumn<?> numbers) {
            for (int row = 0; row < rows; row++) {
                values[row] = numbers.isMissing(row) ? Double.NaN : numbers.getDouble(row);
                if (Double.isInfinite(values[row])) {
                    throw new BadInputException("segment.error.notFinite", column.name(), row + 1);
                }
            }
            return values;
        }
        if (column instanceof BooleanColumn flags) {
            for (int row = 0; row < rows; row++) {
                values[row] = flags.isMissing(row) ? Double.NaN : flags.get(row) ? 1 : 0;
            }
            return values;
        }
        if (column instanceof StringColumn text) {
            throw new BadInputException("segment.error.textColumn", column.name(), textExample(text));
        }
        throw new BadInputException("segment.error.notNumeric", column.name(),
                column.type().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The first value that is not a number (the one the user has to fix), else the first value. */
    private static String textExample(StringColumn column) {
        String first = "";
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                continue;
            }
            String value = column.get(row);
            if (first.isEmpty()) {
                first = value;
            }
            try {
                Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return first;
    }

    /** The column's levels, most frequent first (ties by name), so encodings are the same every run. */
    private static List<String> levels(Column<?> column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                counts.merge(column.getString(row), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            throw new BadInputException("segment.error.allMissing", column.name());
        }
        if (counts.size() > MAX_LEVELS) {
            throw new BadInputException("segment.error.tooManyLevels", column.name(), counts.size(), MAX_LEVELS);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double[] oneHot(Column<?> column, String level) {
        double[] values = new double[column.size()];
        for (int row = 0; row < values.length; row++) {
            values[row] = column.isMissing(row) ? Double.NaN : level.equals(column.getString(row)) ? 1 : 0;
        }
        return values;
    }
}
