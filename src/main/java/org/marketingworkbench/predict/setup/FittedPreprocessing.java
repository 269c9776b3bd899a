package org.marketingworkbench.predict.setup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A {@link Preprocessing} fitted on training rows: fill values, category levels and scaling,
 * applied the same way to training, test and scoring rows. A category not seen in training
 * becomes "none of the known categories" (all one-hot columns 0; the "other" side of every
 * nominal split), which {@link #unseenCategories} reports.
 */
public final class FittedPreprocessing {
    private final Preprocessing preprocessing;
    private final List<FittedColumn> columns;
    private final List<String> encodedNames;
    private final int[][] groups;

    private FittedPreprocessing(Preprocessing preprocessing, List<FittedColumn> columns) {
        this.preprocessing = preprocessing;
        this.columns = List.copyOf(columns);
        List<String> names = new ArrayList<>();
        groups = new int[columns.size()][];
        for (int feature = 0; feature < columns.size(); feature++) {
            FittedColumn column = columns.get(feature);
            int first = names.size();
            if (column.kind() == FeatureKind.CATEGORY && preprocessing.categories() == CategoryEncoding.ONE_HOT) {
                column.levels().forEach(level -> names.add(column.name() + "=" + level));
            } else {
                names.add(column.name());
            }
            groups[feature] = java.util.stream.IntStream.range(first, names.size()).toArray();
        }
        this.encodedNames = List.copyOf(names);
    }

    /** Learns fill values, levels and scaling from {@code trainingRows} of {@code table}. */
    public static FittedPreprocessing fit(Table table, Preprocessing preprocessing, int[] trainingRows) {
        List<FittedColumn> fitted = new ArrayList<>();
        for (ColumnPreparation preparation : preprocessing.columns()) {
            Column<?> column = table.column(preparation.column());
            fitted.add(preparation.kind() == FeatureKind.NUMBER
                    ? fitNumber(preparation, (NumericColumn<?>) column, trainingRows)
                    : fitCategory(preparation, column, trainingRows));
        }
        return new FittedPreprocessing(preprocessing, fitted);
    }

    private static FittedColumn fitNumber(ColumnPreparation preparation, NumericColumn<?> column, int[] rows) {
        double[] values = java.util.Arrays.stream(rows).filter(row -> !column.isMissing(row))
                .mapToDouble(column::getDouble).toArray();
        double mean = java.util.Arrays.stream(values).average().orElse(0);
        double squares = java.util.Arrays.stream(values).map(value -> (value - mean) * (value - mean)).sum();
        double spread = values.length > 1 ? Math.sqrt(squares / values.length) : 0;
        double fill = switch (preparation.fill()) {
            case MEAN -> mean;
            case MEDIAN -> values.length == 0 ? 0 : new Median().evaluate(values);
            case MODE -> mostFrequent(java.util.Arrays.stream(values).boxed().toList(), 0.0);
        };
        return new FittedColumn(preparation.column(), FeatureKind.NUMBER, fill, null, List.of(), Map.of(), mean,
                spread > 0 ? spread : 1);
    }

    private static FittedColumn fitCategory(ColumnPreparation preparation, Column<?> column, int[] rows) {
        List<String> values = new ArrayList<>();
        for (int row : rows) {
            if (!column.isMissing(row)) {
                values.add(column.getString(row));
            }
        }
        List<String> levels = new ArrayList<>(new java.util.TreeSet<>(values));
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            codes.put(levels.get(i), i);
        }
        return new FittedColumn(preparation.column(), FeatureKind.CATEGORY, Double.NaN, mostFrequent(values, ""),
                Collections.unmodifiableList(levels), Collections.unmodifiableMap(codes), 0, 1);
    }

    /** The most frequent value; ties go to the smallest, so the result does not depend on row order. */
    private static <T extends Comparable<T>> T mostFrequent(List<T> values, T none) {
        Map<T, Integer> counts = new TreeMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<T, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Collections.reverseOrder()))).map(Map.Entry::getKey).orElse(none);
    }

    public Preprocessing preprocessing() {
        return preprocessing;
    }

    /** The feature names, in order. */
    public List<String> features() {
        return columns.stream().map(FittedColumn::name).toList();
    }

    public FeatureKind kind(int feature) {
        return columns.get(feature).kind();
    }

    /** The categories seen in training for a category feature, sorted. */
    public List<String> levels(int feature) {
        return columns.get(feature).levels();
    }

    /** The names of the numeric model inputs ("age", "job=admin." ...), as {@link #matrix} lays them out. */
    public List<String> encodedNames() {
        return encodedNames;
    }

    /** For each feature, the positions of its columns in {@link #matrix} (several for one-hot categories). */
    public int[] group(int feature) {
        return groups[feature].clone();
    }

    /** A feature's number after filling, unscaled. */
    public double number(Table table, int feature, int row) {
        FittedColumn fitted = columns.get(feature);
        NumericColumn<?> column = (NumericColumn<?>) table.column(fitted.name());
        return column.isMissing(row) ? fitted.fillNumber() : column.getDouble(row);
    }

    /** A feature's category after filling. */
    public String category(Table table, int feature, int row) {
        FittedColumn fitted = columns.get(feature);
        Column<?> column = table.column(fitted.name());
        return column.isMissing(row) ? fitted.fillCategory() : column.getString(row);
    }

    /** The category's code in training levels, or -1 when it was not seen in training. */
    public int code(Table table, int feature, int row) {
        return columns.get(feature).code(category(table, feature, row));
    }

    /** The numeric model inputs of the given rows: filled, one-hot and scaled as prepared. */
    public double[][] matrix(Table table, int[] rows) {
        double[][] x = new double[rows.length][encodedNames.size()];
        for (int feature = 0; feature < columns.size(); feature++) {
            FittedColumn fitted = columns.get(feature);
            int first = groups[feature][0];
            for (int i = 0; i < rows.length; i++) {
                if (fitted.kind() == FeatureKind.NUMBER) {
                    double value = number(table, feature, rows[i]);
                    x[i][first] = preprocessing.standardise() ? (value - fitted.mean()) / fitted.spread() : value;
                } else if (preprocessing.categories() == CategoryEncoding.ONE_HOT) {
                    int code = code(table, feature, rows[i]);
                    if (code >= 0) {
                        x[i][first + code] = 1;
                    }
                } else {
                    x[i][first] = code(table, feature, rows[i]);
                }
            }
        }
        return x;
    }

    /** Per category feature, the values in {@code table} that training never saw (for scoring messages). */
    public Map<String, List<String>> unseenCategories(Table table) {
        Map<String, List<String>> unseen = new TreeMap<>();
        for (int feature = 0; feature < columns.size(); feature++) {
            FittedColumn fitted = columns.get(feature);
            if (fitted.kind() != FeatureKind.CATEGORY) {
                continue;
            }
            java.util.Set<String> found = new java.util.TreeSet<>();
            for (int row = 0; row < table.rowCount(); row++) {
                String level = category(table, feature, row);
                if (fitted.code(level) < 0) {
                    found.add(level);
                }
            }
            if (!found.isEmpty()) {
                unseen.put(fitted.name(), List.copyOf(found));
            }
        }
        return unseen;
    }
}
