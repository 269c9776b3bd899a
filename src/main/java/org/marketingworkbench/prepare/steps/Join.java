package org.marketingworkbench.prepare.steps;

import it.unimi.dsi.fastutil.ints.IntArrays;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.AffectedRows;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.RowNumbers;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.joining.JoinType;
import tech.tablesaw.selection.Selection;

/**
 * Adds the columns of another open source to each row whose key matches (Tablesaw's
 * {@code joinOn}). Inner keeps only matched rows, left keeps every row. A missing key matches
 * nothing (Tablesaw alone would match missing with missing). A key found twice on the right
 * repeats the row. The report counts unmatched keys on each side and repeated keys; an inner join
 * lists the rows it removed. Columns of the other source whose names are taken get the suffix
 * {@code _<source>}.
 *
 * @param enabled  whether the recipe applies this step
 * @param source   the name of the other source
 * @param leftKey  the key column of the input
 * @param rightKey the key column of the other source (empty: the same name as {@code leftKey})
 * @param kind     inner or left
 */
public record Join(Boolean enabled, String source, String leftKey, String rightKey, Kind kind) implements Step {

    /** Which rows a join keeps. */
    public enum Kind {
        INNER, LEFT
    }

    public Join {
        enabled = StepSupport.enabled(enabled);
        rightKey = StepSupport.text(rightKey).isEmpty() ? leftKey : rightKey.trim();
        kind = StepSupport.orDefault(kind, Kind.LEFT);
    }

    public static Join of(String source, String key, Kind kind) {
        return new Join(true, source, key, key, kind);
    }

    @Override
    public Join withEnabled(boolean value) {
        return new Join(value, source, leftKey, rightKey, kind);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table left = input.table();
        Table right = context.source(source);
        Column<?> leftColumn = Columns.require(left, leftKey);
        Column<?> rightColumn = Columns.require(right, rightKey);
        JoinKeys keys = JoinKeys.of(leftColumn, rightColumn);
        progress.checkCancelled();
        String index = Columns.freeName(left, "row_index");
        Table leftWork = Tables.replace(left, keys.left());
        leftWork.addColumns(IntColumn.create(index, RowNumbers.firstN(left.rowCount())));
        Table rightWork = JoinKeys.withoutMissingKeys(Tables.replace(right, keys.right()), rightKey);
        renameTakenColumns(leftWork, rightWork);
        Table joined = leftWork.joinOn(leftKey).with(rightWork).rightJoinColumns(rightKey)
                .type(kind == Kind.INNER ? JoinType.INNER : JoinType.LEFT_OUTER).join();
        // Tablesaw groups the output by key; a stable sort on the input row restores the input's order
        int[] sourceRows = joined.intColumn(index).asIntArray();
        int[] order = RowNumbers.firstN(sourceRows.length);
        IntArrays.mergeSort(order, (a, b) -> Integer.compare(sourceRows[a - 1], sourceRows[b - 1]));
        int[] leftRows = new int[order.length];
        for (int position = 0; position < order.length; position++) {
            order[position]--;
            leftRows[position] = sourceRows[order[position]] - 1;
        }
        joined = Tables.reorder(joined, order);
        joined.removeColumns(index);
        ReportBuilder report = new ReportBuilder(this, input);
        keys.report(report);
        if (kind == Kind.INNER) {
            Selection dropped = Selection.withRange(0, left.rowCount()).andNot(Selection.with(leftRows));
            report.affected(AffectedRows.removed(input, dropped.toArray()));
        }
        return report.rows(joined, RowNumbers.pick(input.rowNumbers(), leftRows));
    }

    /** Gives the other source's columns whose names the input already has a suffix, on copies. */
    private void renameTakenColumns(Table leftWork, Table rightWork) {
        String suffix = "_" + source.replaceFirst("\\.[^.]*$", "");
        for (Column<?> column : rightWork.columns()) {
            if (column.name().equals(rightKey) || !leftWork.containsColumn(column.name())) {
                continue;
            }
            String name = column.name() + suffix;
            if (leftWork.containsColumn(name) || rightWork.containsColumn(name)) {
                throw new BadInputException("prepare.error.nameTaken", name);
            }
            rightWork.replaceColumn(column.name(), column.copy().setName(name));
        }
    }
}
