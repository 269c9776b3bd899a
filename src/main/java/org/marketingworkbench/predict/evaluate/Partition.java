package org.marketingworkbench.predict.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.marketingworkbench.common.BadInputException;

/**
 * Which fold each row belongs to, stratified by class so every fold has the data's share of
 * buyers. A hold-out split is a two-part partition whose fold 0 is the test part. Smile's own
 * stratification draws from a shared generator; this one takes its seed and can be exported
 * so peers (scikit-learn) can run on exactly the same folds.
 *
 * @param fold  per row, its fold number
 * @param folds how many folds there are
 */
public record Partition(int[] fold, int folds) {

    /** Stratified k folds: each class's rows are shuffled with the seed and dealt round-robin. */
    public static Partition stratifiedFolds(int[] classes, int folds, long seed) {
        if (folds < 2) {
            throw new BadInputException("predict.error.foldsTooFew", folds);
        }
        int positives = IntStream.of(classes).sum();
        int smallest = Math.min(positives, classes.length - positives);
        if (smallest < folds) {
            throw new BadInputException("predict.error.tooFewRowsForFolds", folds, smallest);
        }
        int[] fold = new int[classes.length];
        Random random = new Random(seed);
        int next = 0;
        for (int label = 0; label <= 1; label++) {
            List<Integer> rows = rowsOf(classes, label);
            java.util.Collections.shuffle(rows, random);
            // continue the round-robin across classes so fold sizes differ by at most one
            for (int row : rows) {
                fold[row] = next;
                next = (next + 1) % folds;
            }
        }
        return new Partition(fold, folds);
    }

    /** A stratified hold-out: about {@code testFraction} of each class goes to the test part (fold 0). */
    public static Partition stratifiedHoldout(int[] classes, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new BadInputException("predict.error.testFraction", testFraction);
        }
        int[] fold = new int[classes.length];
        Random random = new Random(seed);
        for (int label = 0; label <= 1; label++) {
            List<Integer> rows = rowsOf(classes, label);
            java.util.Collections.shuffle(rows, random);
            int test = (int) Math.round(rows.size() * testFraction);
            if (test == 0 || test == rows.size()) {
                throw new BadInputException("predict.error.tooFewRowsForSplit", rows.size(), testFraction);
            }
            for (int i = 0; i < rows.size(); i++) {
                fold[rows.get(i)] = i < test ? 0 : 1;
            }
        }
        return new Partition(fold, 2);
    }

    /** The rows of fold {@code f}, ascending. */
    public int[] testRows(int f) {
        return IntStream.range(0, fold.length).filter(row -> fold[row] == f).toArray();
    }

    /** The rows outside fold {@code f}, ascending. */
    public int[] trainingRows(int f) {
        return IntStream.range(0, fold.length).filter(row -> fold[row] != f).toArray();
    }

    private static List<Integer> rowsOf(int[] classes, int label) {
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < classes.length; row++) {
            if (classes[row] == label) {
                rows.add(row);
            }
        }
        return rows;
    }
}
