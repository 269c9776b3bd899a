package org.marketingworkbench.data.column;

import java.util.List;
import org.marketingworkbench.data.value.ColumnPlan;

/** Makes the {@link ColumnBuilder} for a column's plan, and joins chunks in one go. */
public final class ColumnMerger {

    private ColumnMerger() {
    }

    /** A builder for a column read with {@code plan}. */
    public static ColumnBuilder builder(String name, ColumnPlan plan) {
        return switch (plan.type()) {
            case INTEGER, DECIMAL -> new NumberColumnBuilder(name, plan);
            case DATE, DATE_TIME -> new TemporalColumnBuilder(name, plan);
            case BOOLEAN -> new BooleanColumnBuilder(name);
            case TEXT, CATEGORY -> new StringColumnBuilder(name, plan);
        };
    }

    /** One column from its chunks, in row order. */
    public static MergedColumn merge(String name, ColumnPlan plan, List<ChunkRun> runs, int rows) {
        ColumnBuilder builder = builder(name, plan);
        runs.forEach(builder::append);
        return builder.finish();
    }
}
