package org.marketingworkbench.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns each row of an item table into sparse features: "column=value" one-hot for categories,
 * "column" scaled as (x - min) / (max - min) for numbers (missing or constant gives no feature),
 * and "column:tag" TF-IDF for tags, with the smoothed idf ln((1 + n) / (1 + df)) + 1 over the
 * table's n rows and the tag part scaled to unit length (scikit-learn's TfidfVectorizer defaults).
 */
final class ContentFeatures {

    /** Per table row, the feature indexes (ascending) and values; and the feature names. */
    record Rows(List<String> names, int[][] features, float[][] values) {
    }

    private ContentFeatures() {
    }

    static Rows of(Table table, ItemAttributeColumns columns) {
        int rows = table.rowCount();
        IdDictionary.Builder names = new IdDictionary.Builder();
        List<TreeMap<Integer, Double>> features = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            features.add(new TreeMap<>());
        }
        for (String name : columns.categories()) {
            Column<?> column = Columns.named(table, name);
            for (int row = 0; row < rows; row++) {
                if (!column.isMissing(row)) {
                    features.get(row).put(names.indexOf(name + "=" + column.getString(row)), 1.0);
                }
            }
        }
        for (String name : columns.numbers()) {
            addScaled(Columns.numbers(table, name), names, features);
        }
        if (columns.tags().isPresent()) {
            addTags(Columns.named(table, columns.tags().get()), columns.tagSeparator(), names, features);
        }
        int[][] indexes = new int[rows][];
        float[][] values = new float[rows][];
        for (int row = 0; row < rows; row++) {
            TreeMap<Integer, Double> map = features.get(row);
            indexes[row] = map.keySet().stream().mapToInt(Integer::intValue).toArray();
            values[row] = new float[map.size()];
            int next = 0;
            for (double value : map.values()) {
                values[row][next++] = (float) value;
            }
        }
        return new Rows(names.build().names(), indexes, values);
    }

    private static void addScaled(NumberColumn<?, ?> column, IdDictionary.Builder names,
            List<TreeMap<Integer, Double>> features) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                min = Math.min(min, column.getDouble(row));
                max = Math.max(max, column.getDouble(row));
            }
        }
        if (!(max > min)) {
            return;
        }
        int feature = names.indexOf(column.name());
        for (int row = 0; row < column.size(); row++) {
            double scaled = column.isMissing(row) ? 0 : (column.getDouble(row) - min) / (max - min);
            if (scaled > 0) {
                features.get(row).put(feature, scaled);
            }
        }
    }

    private static void addTags(Column<?> column, String separator, IdDictionary.Builder names,
            List<TreeMap<Integer, Double>> features) {
        int rows = column.size();
        List<Map<Integer, Integer>> termCounts = new ArrayList<>(rows);
        Map<Integer, Integer> documentCounts = new TreeMap<>();
        for (int row = 0; row < rows; row++) {
            Map<Integer, Integer> counts = new TreeMap<>();
            if (!column.isMissing(row)) {
                for (String tag : column.getString(row).split(java.util.regex.Pattern.quote(separator))) {
                    if (!tag.isBlank()) {
                        counts.merge(names.indexOf(column.name() + ":" + tag.trim()), 1, Integer::sum);
                    }
                }
            }
            counts.keySet().forEach(tag -> documentCounts.merge(tag, 1, Integer::sum));
            termCounts.add(counts);
        }
        for (int row = 0; row < rows; row++) {
            Map<Integer, Double> weights = new TreeMap<>();
            double squares = 0;
            for (Map.Entry<Integer, Integer> term : termCounts.get(row).entrySet()) {
                double idf = Math.log((1.0 + rows) / (1.0 + documentCounts.get(term.getKey()))) + 1;
                double weight = term.getValue() * idf;
                weights.put(term.getKey(), weight);
                squares += weight * weight;
            }
            double length = Math.sqrt(squares);
            for (Map.Entry<Integer, Double> weight : weights.entrySet()) {
                features.get(row).put(weight.getKey(), weight.getValue() / length);
            }
        }
    }
}
