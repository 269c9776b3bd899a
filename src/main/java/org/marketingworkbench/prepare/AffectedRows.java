package org.marketingworkbench.prepare;

import tech.tablesaw.api.Table;

/**
 * The rows a step removed or changed, as they were before the step, with their row numbers in
 * the first column; the Prepare page shows them and exports them as CSV. The table is built when
 * it is asked for, so a step that changes every row of a million costs nothing until someone looks.
 */
public final class AffectedRows {

    /** What a step did to the rows it lists. */
    public enum Kind {
        /** The step touched whole columns (or nothing), not single rows. */
        NONE,
        /** The rows are not in the step's output. */
        REMOVED,
        /** The rows are in the output with some cells changed (or flagged); the table shows them before. */
        CHANGED
    }

    private static final AffectedRows NONE = new AffectedRows(Kind.NONE, null, new int[0]);

    private final Kind kind;
    private final StepInput input;
    private final int[] indexes;

    private AffectedRows(Kind kind, StepInput input, int[] indexes) {
        this.kind = kind;
        this.input = input;
        this.indexes = indexes;
    }

    public static AffectedRows none() {
        return NONE;
    }

    /** The rows at {@code indexes} of the input, which the step removed. */
    public static AffectedRows removed(StepInput input, int[] indexes) {
        return new AffectedRows(Kind.REMOVED, input, indexes.clone());
    }

    /** The rows at {@code indexes} of the input, whose cells the step changed. */
    public static AffectedRows changed(StepInput input, int[] indexes) {
        return new AffectedRows(Kind.CHANGED, input, indexes.clone());
    }

    public Kind kind() {
        return kind;
    }

    public int count() {
        return indexes.length;
    }

    /** The row numbers of the affected rows, in input order. */
    public int[] rowNumbers() {
        return input == null ? new int[0] : RowNumbers.pick(input.rowNumbers(), indexes);
    }

    /** The affected rows as they were, with a first column of row numbers ({@link RowNumbers#COLUMN}). */
    public Table rows() {
        return input == null ? Table.create("none") : RowNumbers.withNumbers(input, indexes);
    }
}
