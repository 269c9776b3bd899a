package org.marketingworkbench.prepare.steps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import org.marketingworkbench.prepare.ValueCounts;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Replaces a category column by one 0/1 column per category, named {@code <column>_<value>} and
 * ordered by value as pandas' {@code get_dummies}. With more categories than the cap, the most
 * frequent ones get a column and the rest share {@code <column>_other}. Drop-first leaves out the
 * first category's column (it is implied when all others are 0). A missing value is 0 everywhere.
 *
 * @param enabled       whether the recipe applies this step
 * @param column        the category column
 * @param dropFirst     whether to leave out the first category's column
 * @param maxCategories the most categories that get their own column (default 20)
 */
public record OneHot(Boolean enabled, String column, Boolean dropFirst, Integer maxCategories) implements Step {
    private static final int DEFAULT_CAP = 20;

    public OneHot {
        enabled = StepSupport.enabled(enabled);
        dropFirst = StepSupport.orDefault(dropFirst, Boolean.FALSE);
        maxCategories = StepSupport.orDefault(maxCategories, DEFAULT_CAP);
    }

    public static OneHot of(String column) {
        return new OneHot(true, column, false, null);
    }

    @Override
    public OneHot withEnabled(boolean value) {
        return new OneHot(value, column, dropFirst, maxCategories);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        Column<?> source = Columns.require(table, column);
        Tables.requireRows(table);
        if (maxCategories < 1) {
            throw new BadInputException("prepare.error.categoryCap", maxCategories);
        }
        List<ValueCounts.ValueCount> counts = ValueCounts.of(source);
        if (counts.isEmpty()) {
            throw new BadInputException("prepare.error.allMissing", column);
        }
        List<String> kept = counts.stream().limit(maxCategories).sorted(ValueCounts.BY_VALUE)
                .map(ValueCounts.ValueCount::label).toList();
        boolean other = counts.size() > maxCategories;
        Map<String, Integer> slot = new HashMap<>();
        for (int index = 0; index < kept.size(); index++) {
            slot.put(kept.get(index), index);
        }
        int[][] flags = new int[kept.size() + (other ? 1 : 0)][table.rowCount()];
        for (int row = 0; row < table.rowCount(); row++) {
            StepSupport.checkEvery(progress, row);
            if (!source.isMissing(row)) {
                flags[slot.getOrDefault(source.getUnformattedString(row), kept.size())][row] = 1;
            }
        }
        Table output = Tables.share(table);
        int position = table.columnIndex(column);
        output.removeColumns(column);
        for (int index = dropFirst ? 1 : 0; index < flags.length; index++) {
            String label = index < kept.size() ? kept.get(index) : "other";
            output.insertColumn(position++, IntColumn.create(Columns.freeName(output, column + "_" + label), flags[index]));
        }
        ReportBuilder report = new ReportBuilder(this, input).count("categories", counts.size());
        if (other) {
            report.note("prepare.note.categoriesCapped", column, counts.size(), maxCategories);
        }
        return report.sameRows(output);
    }
}
