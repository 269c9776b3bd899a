package org.marketingworkbench.prepare.steps;

import java.util.List;
import java.util.Locale;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Adds parts of a date as whole-number columns named {@code <column>_<part>}: year, quarter (1-4),
 * month (1-12), weekday (1 = Monday to 7 = Sunday, ISO 8601) and day of the month.
 *
 * @param enabled whether the recipe applies this step
 * @param column  the date, date-time or date text column
 * @param parts   the parts to add; empty for all of them
 */
public record DateParts(Boolean enabled, String column, List<Part> parts) implements Step {

    /** A part of a date. */
    public enum Part {
        YEAR, QUARTER, MONTH, WEEKDAY, DAY
    }

    public DateParts {
        enabled = StepSupport.enabled(enabled);
        parts = StepSupport.list(parts);
        parts = parts.isEmpty() ? List.of(Part.values()) : parts;
    }

    public static DateParts of(String column, Part... parts) {
        return new DateParts(true, column, List.of(parts));
    }

    @Override
    public DateParts withEnabled(boolean value) {
        return new DateParts(value, column, parts);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        DateColumn dates = asDates(Columns.require(table, column), progress);
        Table output = Tables.share(table);
        int position = table.columnIndex(column) + 1;
        for (Part part : parts.stream().distinct().toList()) {
            progress.checkCancelled();
            String name = column + "_" + part.name().toLowerCase(Locale.ROOT);
            Columns.requireNewName(output, name);
            output.insertColumn(position++, partOf(dates, part).setName(name));
        }
        return new ReportBuilder(this, input).sameRows(output);
    }

    private static IntColumn partOf(DateColumn dates, Part part) {
        return switch (part) {
            case YEAR -> dates.year();
            case QUARTER -> quarters(dates.monthValue());
            case MONTH -> dates.monthValue();
            case WEEKDAY -> dates.dayOfWeekValue();
            case DAY -> dates.dayOfMonth();
        };
    }

    private static IntColumn quarters(IntColumn months) {
        IntColumn quarters = IntColumn.create("quarter", months.size());
        for (int row = 0; row < months.size(); row++) {
            if (!months.isMissing(row)) {
                quarters.set(row, (months.getInt(row) - 1) / 3 + 1);
            }
        }
        return quarters;
    }

    private static DateColumn asDates(Column<?> column, Progress progress) {
        if (column instanceof DateColumn dates) {
            return dates;
        }
        if (column instanceof DateTimeColumn dateTimes) {
            return dateTimes.date();
        }
        DateReader reader = DateReader.of(column);
        DateColumn dates = DateColumn.create(column.name(), column.size());
        for (int row = 0; row < column.size(); row++) {
            StepSupport.checkEvery(progress, row);
            java.time.LocalDate date = reader.at(row);
            if (date != null) {
                dates.set(row, date);
            }
        }
        return dates;
    }
}
