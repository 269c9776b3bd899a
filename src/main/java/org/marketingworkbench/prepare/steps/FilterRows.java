package org.marketingworkbench.prepare.steps;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * Keeps the rows that meet the conditions (all of them, or any of them) and removes the rest. A
 * missing cell meets no comparison, not even "not equal"; use "is missing" to pick such rows.
 *
 * @param enabled    whether the recipe applies this step
 * @param conditions the conditions, at least one
 * @param combine    whether a row must meet all conditions or any one
 */
public record FilterRows(Boolean enabled, List<Condition> conditions, Combine combine) implements Step {

    /** How conditions combine. */
    public enum Combine {
        /** Every condition must hold (AND). */
        ALL,
        /** At least one condition must hold (OR). */
        ANY
    }

    /** Comparison operators. */
    public enum Operator {
        EQUALS, NOT_EQUALS, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, CONTAINS, STARTS_WITH, IS_MISSING,
        IS_NOT_MISSING, IN
    }

    /**
     * One condition on one column.
     *
     * @param column   the column
     * @param operator the comparison
     * @param value    the value to compare with, read as the column's type (not used by the missing tests)
     * @param values   the list for {@link Operator#IN}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Condition(String column, Operator operator, String value, List<String> values) {

        public Condition {
            operator = StepSupport.orDefault(operator, Operator.EQUALS);
            values = StepSupport.list(values);
        }

        public static Condition of(String column, Operator operator, String value) {
            return new Condition(column, operator, value, List.of());
        }

        public static Condition in(String column, String... values) {
            return new Condition(column, Operator.IN, null, List.of(values));
        }
    }

    public FilterRows {
        enabled = StepSupport.enabled(enabled);
        conditions = StepSupport.list(conditions);
        combine = StepSupport.orDefault(combine, Combine.ALL);
    }

    public static FilterRows where(Combine combine, Condition... conditions) {
        return new FilterRows(true, List.of(conditions), combine);
    }

    @Override
    public FilterRows withEnabled(boolean value) {
        return new FilterRows(value, conditions, combine);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        if (conditions.isEmpty()) {
            throw new BadInputException("prepare.error.noCondition");
        }
        Selection kept = null;
        for (Condition condition : conditions) {
            progress.checkCancelled();
            Selection matching = ConditionSelector.select(Columns.require(table, condition.column()), condition);
            if (kept == null) {
                kept = matching;
            } else if (combine == Combine.ALL) {
                kept.and(matching);
            } else {
                kept.or(matching);
            }
        }
        Selection removed = Selection.withRange(0, table.rowCount()).andNot(kept);
        ReportBuilder report = new ReportBuilder(this, input).count("removed", removed.size());
        return Tables.removeRows(input, removed, report);
    }
}
