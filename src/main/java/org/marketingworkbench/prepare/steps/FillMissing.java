package org.marketingworkbench.prepare.steps;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.AffectedRows;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * Fills the missing cells of chosen columns, each with its own rule: the mean or median of the
 * column's values (numbers only), its most frequent value, or a constant typed by the user.
 *
 * @param enabled whether the recipe applies this step
 * @param fills   one rule per column
 */
public record FillMissing(Boolean enabled, List<ColumnFill> fills) implements Step {

    /** How a column's missing cells get their value. */
    public enum Method {
        /** The mean of the present values. */
        MEAN,
        /** The median of the present values. */
        MEDIAN,
        /** The most frequent value; among ties the smallest. */
        MODE,
        /** The value the user typed. */
        CONSTANT
    }

    /**
     * The rule for one column.
     *
     * @param column the column to fill
     * @param method how to find the value
     * @param value  the constant, read as the column's type (only for {@link Method#CONSTANT})
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ColumnFill(String column, Method method, String value) {

        public ColumnFill {
            method = StepSupport.orDefault(method, Method.MEDIAN);
        }
    }

    public FillMissing {
        enabled = StepSupport.enabled(enabled);
        fills = StepSupport.list(fills);
    }

    /** One rule for one column. */
    public static FillMissing of(String column, Method method, String value) {
        return new FillMissing(true, List.of(new ColumnFill(column, method, value)));
    }

    @Override
    public FillMissing withEnabled(boolean value) {
        return new FillMissing(value, fills);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        if (fills.isEmpty()) {
            throw new BadInputException("prepare.error.noColumnChosen");
        }
        fills.forEach(fill -> Columns.require(table, fill.column()));
        ReportBuilder report = new ReportBuilder(this, input);
        Table output = Tables.share(table);
        Selection changed = Selection.with();
        long cells = 0;
        for (ColumnFill fill : fills) {
            progress.checkCancelled();
            Column<?> column = output.column(fill.column());
            Selection missing = column.isMissing();
            if (missing.isEmpty()) {
                continue;
            }
            FillValue value = FillValue.find(column, fill.method(), fill.value());
            Column<?> filled = value.fill(column, missing);
            output.replaceColumn(fill.column(), filled);
            changed.or(missing);
            cells += missing.size();
            report.note("prepare.note.filled", fill.column(), value.label(), missing.size());
            if (value.widened()) {
                report.note("prepare.note.widenedToDecimal", fill.column());
            }
        }
        report.cellsChanged(cells).count("filled", cells)
                .affected(AffectedRows.changed(input, changed.toArray()));
        return report.sameRows(output);
    }
}
