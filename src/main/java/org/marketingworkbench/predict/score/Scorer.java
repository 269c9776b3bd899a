package org.marketingworkbench.predict.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.model.FittedModel;
import org.marketingworkbench.predict.setup.BinaryTarget;
import org.marketingworkbench.predict.setup.FeatureKind;
import org.marketingworkbench.predict.setup.FittedPreprocessing;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Applies a trained model to another table. Missing feature columns and text in a column the
 * model takes as numbers stop with a message; extra columns are ignored and unseen categories
 * are treated as none of the known ones, each with a warning. Missing values are filled as in
 * training.
 */
public final class Scorer {

    private Scorer() {
    }

    /**
     * Scores every row. {@code idColumn} may be null (rows are then named by number); rows
     * scoring at least {@code threshold} get the positive label.
     */
    public static ScoringResult score(FittedModel model, BinaryTarget target, Table table, String idColumn,
            double threshold) {
        FittedPreprocessing preprocessing = model.preprocessing();
        List<String> features = preprocessing.features();
        List<String> missing = features.stream().filter(name -> !table.columnNames().contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new BadInputException("predict.error.scoreMissingColumns", String.join(", ", missing));
        }
        if (idColumn != null && !table.columnNames().contains(idColumn)) {
            throw new BadInputException("predict.error.scoreIdMissing", idColumn);
        }
        for (int feature = 0; feature < features.size(); feature++) {
            if (preprocessing.kind(feature) == FeatureKind.NUMBER) {
                requireNumbers(table.column(features.get(feature)));
            }
        }
        List<String> warnings = new ArrayList<>();
        List<String> extra = table.columnNames().stream()
                .filter(name -> !features.contains(name) && !name.equals(idColumn) && !name.equals(target.column()))
                .toList();
        if (!extra.isEmpty()) {
            warnings.add(Messages.get("predict.warning.extraColumns", String.join(", ", extra)));
        }
        for (Map.Entry<String, List<String>> unseen : preprocessing.unseenCategories(table).entrySet()) {
            List<String> values = unseen.getValue();
            String shown = String.join(", ", values.subList(0, Math.min(5, values.size())));
            warnings.add(Messages.get("predict.warning.unseenCategories", unseen.getKey(), shown));
        }
        int[] rows = IntStream.range(0, table.rowCount()).toArray();
        double[] probabilities = model.probabilities(table, rows);
        List<ScoredCustomer> customers = new ArrayList<>(rows.length);
        Column<?> ids = idColumn == null ? null : table.column(idColumn);
        for (int row : rows) {
            String id = ids == null ? Integer.toString(row + 1) : ids.getString(row);
            customers.add(new ScoredCustomer(id, probabilities[row], target.label(probabilities[row] >= threshold ? 1 : 0)));
        }
        return new ScoringResult(customers, warnings);
    }

    /**
     * The identifier column of a table to score: one with the ID role, else a column outside
     * the features named "id" or ending in "_id" / " id"; null when there is none.
     */
    public static String idColumn(org.marketingworkbench.data.DataSource source, List<String> features) {
        return idColumn(source.table(), source.roles(), features);
    }

    /** The same for a table and its column roles (an open table of the workbench). */
    public static String idColumn(Table table, Map<String, org.marketingworkbench.data.ColumnRole> roles,
            List<String> features) {
        for (Map.Entry<String, org.marketingworkbench.data.ColumnRole> role : roles.entrySet()) {
            if (role.getValue() == org.marketingworkbench.data.ColumnRole.ID && table.columnNames().contains(role.getKey())) {
                return role.getKey();
            }
        }
        for (String name : table.columnNames()) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!features.contains(name) && (lower.equals("id") || lower.endsWith("_id") || lower.endsWith(" id"))) {
                return name;
            }
        }
        return null;
    }

    private static void requireNumbers(Column<?> column) {
        if (column instanceof NumericColumn<?>) {
            return;
        }
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                continue;
            }
            try {
                Double.parseDouble(column.getString(row));
            } catch (NumberFormatException e) {
                throw new BadInputException("predict.error.scoreColumnType", column.name(), column.getString(row), row + 1);
            }
        }
        // every value is a number but the column was read as text: not usable as it is either
        throw new BadInputException("predict.error.scoreColumnType", column.name(), column.getString(0), 1);
    }
}
