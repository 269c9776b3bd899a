package org.marketingworkbench.prepare;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The prepared table and one report per step of the recipe (disabled steps included, marked as
 * not applied), in recipe order.
 *
 * @param table      the prepared table, input of every analysis page
 * @param rowNumbers the row number of each prepared row (see {@link StepInput})
 * @param reports    one report per step
 */
public record RecipeResult(Table table, int[] rowNumbers, List<StepReport> reports) {

    public RecipeResult {
        reports = List.copyOf(reports);
    }
}
