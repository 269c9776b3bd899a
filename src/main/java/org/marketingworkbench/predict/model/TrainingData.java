package org.marketingworkbench.predict.model;

import org.marketingworkbench.predict.setup.FittedPreprocessing;
import tech.tablesaw.api.Table;

/**
 * The rows a model learns from.
 *
 * @param table         the data
 * @param rows          the training rows of {@code table}
 * @param classes       the target class (1 positive, 0 negative) of every row of {@code table}
 * @param preprocessing the preparation fitted on these rows
 */
public record TrainingData(Table table, int[] rows, int[] classes, FittedPreprocessing preprocessing) {

    /** The classes of the training rows, in {@code rows} order. */
    public int[] trainingClasses() {
        int[] y = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = classes[rows[i]];
        }
        return y;
    }
}
