package org.marketingworkbench.prepare.steps;

import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.Quantiles;
import org.marketingworkbench.prepare.ValueCounts;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * The value a {@link FillMissing} rule puts into a column: held as a one-cell column of the right
 * type, so any column type is filled the same way.
 */
final class FillValue {
    private final Column<?> cell;
    private final boolean widened;

    private FillValue(Column<?> cell, boolean widened) {
        this.cell = cell;
        this.widened = widened;
    }

    static FillValue find(Column<?> column, FillMissing.Method method, String constant) {
        return switch (method) {
            case MEAN, MEDIAN -> statistic(column, method);
            case MODE -> mode(column);
            case CONSTANT -> constant(column, constant);
        };
    }

    /** The mean or median; a whole-number column turns decimal only when the value is not whole. */
    private static FillValue statistic(Column<?> column, FillMissing.Method method) {
        if (!(column instanceof NumericColumn<?> numeric)) {
            throw new BadInputException("prepare.error.fillNeedsNumber", column.name(),
                    Messages.get("prepare.fill." + method.name().toLowerCase(java.util.Locale.ROOT)));
        }
        Quantiles quantiles = Quantiles.of(numeric.asDoubleArray());
        if (quantiles.count() == 0) {
            throw new BadInputException("prepare.error.allMissing", column.name());
        }
        double value = method == FillMissing.Method.MEAN ? StatUtils.mean(quantiles.values()) : quantiles.at(0.5);
        if (Columns.isWholeNumber(column) && value == Math.rint(value)) {
            Column<?> cell = column.emptyCopy();
            cell.appendCell(Long.toString((long) value));
            return new FillValue(cell, false);
        }
        return new FillValue(DoubleColumn.create(column.name(), new double[] {value}), !(column instanceof DoubleColumn));
    }

    private static FillValue mode(Column<?> column) {
        List<ValueCounts.ValueCount> counts = ValueCounts.of(column);
        if (counts.isEmpty()) {
            throw new BadInputException("prepare.error.allMissing", column.name());
        }
        Column<?> cell = column.emptyCopy();
        appendFrom(cell, column, counts.get(0).firstRow());
        return new FillValue(cell, false);
    }

    private static FillValue constant(Column<?> column, String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("prepare.error.noConstant", column.name());
        }
        return new FillValue(Columns.parseCell(column, text, "prepare.error.badConstant"), false);
    }

    /** The column with its missing cells set to this value (a new column; the input is left alone). */
    Column<?> fill(Column<?> column, Selection missing) {
        Column<?> filled = widened ? ((NumericColumn<?>) column).asDoubleColumn().setName(column.name()) : column.copy();
        for (int row : missing) {
            setFrom(filled, cell, row);
        }
        return filled;
    }

    boolean widened() {
        return widened;
    }

    String label() {
        return cell.getUnformattedString(0);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void appendFrom(Column target, Column source, int row) {
        target.append(source, row);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setFrom(Column target, Column source, int row) {
        target.set(row, source, 0);
    }
}
