package org.marketingworkbench.prepare.steps;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Columns;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Reads the date in each row of a date, date-time or text column; text is read as yyyy-MM-dd,
 * yyyy/MM/dd or yyyyMMdd (each distinct text once), and what cannot be read is counted.
 */
final class DateReader {
    private static final List<DateTimeFormatter> TEXT_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.BASIC_ISO_DATE);

    private final Column<?> column;
    private final Map<String, LocalDate> parsed = new HashMap<>();
    private int unreadable;

    private DateReader(Column<?> column) {
        this.column = column;
    }

    static DateReader of(Column<?> column) {
        if (!(Columns.isDate(column) || column instanceof StringColumn)) {
            throw new BadInputException("prepare.error.notDate", column.name(), Columns.typeName(column));
        }
        return new DateReader(column);
    }

    /** The date in {@code row}, or null when missing or unreadable. */
    LocalDate at(int row) {
        if (column.isMissing(row)) {
            return null;
        }
        if (column instanceof DateColumn dates) {
            return dates.get(row);
        }
        if (column instanceof DateTimeColumn dateTimes) {
            return dateTimes.get(row).toLocalDate();
        }
        String text = ((StringColumn) column).get(row).trim();
        LocalDate date = parsed.computeIfAbsent(text, DateReader::parse);
        if (date == null) {
            unreadable++;
        }
        return date;
    }

    int unreadable() {
        return unreadable;
    }

    private static LocalDate parse(String text) {
        for (DateTimeFormatter format : TEXT_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
