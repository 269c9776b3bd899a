package org.marketingworkbench.data.value;

import org.marketingworkbench.data.ColumnType;

/**
 * How to read one column's cells.
 *
 * @param type        the type to read as. With {@code exact} false it is a starting point that
 *                    the data refines: INTEGER may become DECIMAL, DATE may become DATE_TIME,
 *                    TEXT may become CATEGORY.
 * @param exact       the user chose the type: cells that do not fit it are misfits
 * @param order       how to read dates with the year last
 * @param orderGuessed no cell told day-first from month-first, so {@code order} is a guess
 */
public record ColumnPlan(ColumnType type, boolean exact, DateOrder order, boolean orderGuessed) {

    /** A column read as the user says, for example after they change its type. */
    public static ColumnPlan exactly(ColumnType type) {
        return new ColumnPlan(type, true, DateOrder.DAY_FIRST, false);
    }

    /** A column whose type the data may refine (numbers, dates and text, see above). */
    public static ColumnPlan starting(ColumnType type) {
        return new ColumnPlan(type, false, DateOrder.DAY_FIRST, false);
    }
}
