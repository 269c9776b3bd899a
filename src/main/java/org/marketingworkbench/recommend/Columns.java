package org.marketingworkbench.recommend;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.marketingworkbench.common.BadInputException;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Reading the cells the recommender needs from a Tablesaw table, with readable errors. */
final class Columns {

    private Columns() {
    }

    /** The named column, or a message that lists the columns there are. */
    static Column<?> named(Table table, String name) {
        if (!table.containsColumn(name)) {
            throw new BadInputException("cli.error.missingColumn", name, String.join(", ", table.columnNames()));
        }
        return table.column(name);
    }

    static NumberColumn<?, ?> numbers(Table table, String name) {
        Column<?> column = named(table, name);
        if (column instanceof NumberColumn<?, ?> numbers) {
            return numbers;
        }
        throw new BadInputException("recommend.error.notNumbers", name);
    }

    /** Ids as text: whole numbers without a decimal point, so 17 and 17.0 are one customer. */
    static String idText(Column<?> column, int row) {
        if (column instanceof NumberColumn<?, ?> numbers) {
            double value = numbers.getDouble(row);
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value);
        }
        return column.getString(row);
    }

    /** Epoch seconds (UTC) of a date or date-time cell; ISO text is accepted too. */
    static long epochSeconds(Column<?> column, int row) {
        if (column instanceof DateColumn dates) {
            return dates.get(row).toEpochDay() * 86_400L;
        }
        if (column instanceof DateTimeColumn dateTimes) {
            return dateTimes.get(row).toEpochSecond(ZoneOffset.UTC);
        }
        if (column instanceof InstantColumn instants) {
            return instants.get(row).getEpochSecond();
        }
        String text = column.getString(row).trim();
        try {
            if (text.length() <= 10) {
                return LocalDate.parse(text).toEpochDay() * 86_400L;
            }
            return text.endsWith("Z") ? Instant.parse(text).getEpochSecond()
                    : LocalDateTime.parse(text.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadInputException(e, "recommend.error.notDate", column.name(), text, row + 1);
        }
    }
}
