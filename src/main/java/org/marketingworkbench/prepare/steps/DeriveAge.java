package org.marketingworkbench.prepare.steps;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.Period;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Columns;
import org.marketingworkbench.prepare.LocalDateJson;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.Tables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Adds the age in completed years on a chosen date, from a birth date column: someone born on
 * 1990-08-15 is 33 on 2024-08-14 and 34 on 2024-08-15 (the year difference alone would say 34 for
 * the whole of 2024). Someone born on 29 February has a birthday on 1 March in common years, as
 * {@link Period#between} counts. Birth dates after the chosen date, and text that is not a date,
 * give a missing age and are counted.
 *
 * @param enabled   whether the recipe applies this step
 * @param column    the birth date column (a date, a date-time, or text such as 1990-08-15)
 * @param asOf      the date on which the age is counted
 * @param newColumn the name of the age column (empty: {@code age})
 */
public record DeriveAge(Boolean enabled, String column,
        @JsonSerialize(using = LocalDateJson.Writer.class) @JsonDeserialize(using = LocalDateJson.Reader.class)
        LocalDate asOf, String newColumn) implements Step {

    public DeriveAge {
        enabled = StepSupport.enabled(enabled);
        newColumn = StepSupport.text(newColumn).isEmpty() ? "age" : newColumn.trim();
    }

    public static DeriveAge of(String column, LocalDate asOf) {
        return new DeriveAge(true, column, asOf, null);
    }

    @Override
    public DeriveAge withEnabled(boolean value) {
        return new DeriveAge(value, column, asOf, newColumn);
    }

    /** The completed years between {@code birth} and {@code day}; negative when born after {@code day}. */
    public static int completedYears(LocalDate birth, LocalDate day) {
        return Period.between(birth, day).getYears();
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        Table table = input.table();
        Column<?> births = Columns.require(table, column);
        if (asOf == null) {
            throw new BadInputException("prepare.error.noAsOfDate");
        }
        Columns.requireNewName(table, newColumn);
        DateReader dates = DateReader.of(births);
        IntColumn ages = IntColumn.create(newColumn, table.rowCount());
        int future = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            StepSupport.checkEvery(progress, row);
            LocalDate birth = dates.at(row);
            if (birth == null) {
                ages.setMissing(row);
            } else if (birth.isAfter(asOf)) {
                ages.setMissing(row);
                future++;
            } else {
                ages.set(row, completedYears(birth, asOf));
            }
        }
        Table output = Tables.share(table);
        output.insertColumn(table.columnIndex(column) + 1, ages);
        ReportBuilder report = new ReportBuilder(this, input).count("futureDates", future)
                .count("unreadable", dates.unreadable());
        if (future > 0) {
            report.note("prepare.note.futureBirthDates", future, asOf.toString());
        }
        if (dates.unreadable() > 0) {
            report.note("prepare.note.unreadableDates", dates.unreadable(), column);
        }
        return report.sameRows(output);
    }
}
