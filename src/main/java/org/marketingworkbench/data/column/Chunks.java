package org.marketingworkbench.data.column;

import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.value.ColumnPlan;

/** Makes the chunk that reads a column as its plan says. */
public final class Chunks {

    private Chunks() {
    }

    /** A chunk for {@code plan}, or one that skips the column when the plan is null. */
    public static ColumnChunk forPlan(ColumnPlan plan, int capacity, LineCursor cursor) {
        if (plan == null) {
            return new SkippedChunk();
        }
        ColumnType type = plan.type();
        return switch (type) {
            case INTEGER, DECIMAL -> new NumberChunk(capacity, cursor, !(plan.exact() && type == ColumnType.INTEGER),
                    type == ColumnType.DECIMAL);
            case DATE, DATE_TIME -> new TemporalChunk(capacity, cursor, plan.order(),
                    !(plan.exact() && type == ColumnType.DATE));
            case BOOLEAN -> new BooleanChunk(capacity, cursor);
            case TEXT, CATEGORY -> new StringChunk(capacity);
        };
    }
}
