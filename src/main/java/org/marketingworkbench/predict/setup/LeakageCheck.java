package org.marketingworkbench.predict.setup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import smile.validation.metric.AUC;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Flags features that alone predict the target too well. The rule: a feature's single-feature
 * ROC AUC (numbers scored by their value, categories by their share of buyers; the better of
 * the two directions) at or above {@value #THRESHOLD}. On Bank Marketing (bank-full.csv) the
 * call {@code duration}, known only after the call, scores 0.808, while the strongest honest
 * features score 0.654 ({@code month}) and 0.614 ({@code poutcome}); a whole logistic model
 * without {@code duration} reaches about 0.77. One column rivalling a whole model is the
 * warning sign; the threshold sits between the two groups with room on both sides.
 */
public final class LeakageCheck {
    /** The single-feature AUC from which a feature is reported as a likely leak. */
    public static final double THRESHOLD = 0.75;

    private LeakageCheck() {
    }

    /** The features whose single-feature AUC reaches {@link #THRESHOLD}, strongest first. */
    public static List<LeakageWarning> check(Table table, BinaryTarget target, List<ColumnPreparation> features) {
        List<LeakageWarning> warnings = new ArrayList<>();
        for (ColumnPreparation feature : features) {
            double auc = singleFeatureAuc(table.column(feature.column()), feature.kind(), target.classes());
            if (auc >= THRESHOLD) {
                warnings.add(new LeakageWarning(feature.column(), auc));
            }
        }
        warnings.sort((a, b) -> Double.compare(b.singleFeatureAuc(), a.singleFeatureAuc()));
        return warnings;
    }

    /** The ROC AUC of one feature used alone as a score, in [0.5, 1]; rows with a missing value are left out. */
    public static double singleFeatureAuc(Column<?> column, FeatureKind kind, int[] classes) {
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                rows.add(row);
            }
        }
        int[] truth = new int[rows.size()];
        double[] score = new double[rows.size()];
        Map<String, double[]> buyersAndRows = new HashMap<>();
        if (kind == FeatureKind.CATEGORY) {
            for (int row : rows) {
                double[] tally = buyersAndRows.computeIfAbsent(column.getString(row), key -> new double[2]);
                tally[0] += classes[row];
                tally[1]++;
            }
        }
        boolean bothClasses = false;
        for (int i = 0; i < truth.length; i++) {
            int row = rows.get(i);
            truth[i] = classes[row];
            bothClasses |= truth[i] != truth[0];
            if (kind == FeatureKind.NUMBER) {
                score[i] = ((Number) column.get(row)).doubleValue();
            } else {
                double[] tally = buyersAndRows.get(column.getString(row));
                score[i] = tally[0] / tally[1];
            }
        }
        if (!bothClasses) {
            return 0.5;
        }
        double auc = AUC.of(truth, score);
        return Math.max(auc, 1 - auc);
    }
}
