package org.marketingworkbench.data.value;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.marketingworkbench.data.ColumnType;

/**
 * Guesses how to read a column from a sample of its cells: true/false, numbers, dates, or text.
 * A kind wins when at least 95% of the non-missing cells fit it; the rest are misfits that the
 * load reports (a few stray texts do not turn a number column into text). Whole numbers written
 * with a leading zero ("007", "01234") are codes, so such columns stay text.
 */
public final class TypeGuesser {

    /** The share of non-missing cells that must fit a kind, as a fraction of 20 (19/20 = 95%). */
    static final int FIT_TWENTIETHS = 19;

    private final NumberParser numbers = new NumberParser();
    private final DateParser dates = new DateParser();
    private final BooleanParser booleans = new BooleanParser();

    /** True when {@code fits} of {@code present} cells are enough to keep a kind. */
    public static boolean enoughFit(long fits, long present) {
        return fits * 20 >= present * FIT_TWENTIETHS;
    }

    /** A plan for the column holding these cells. */
    public ColumnPlan guess(List<String> cells) {
        Tally tally = new Tally();
        for (String cell : cells) {
            byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
            count(bytes, tally);
        }
        return decide(tally);
    }

    /** Counts what one cell fits; skips the parsers that cannot fit it, as the sample is read at every load. */
    private void count(byte[] bytes, Tally tally) {
        if (MissingMarkers.isMissing(bytes, 0, bytes.length)) {
            return;
        }
        tally.present++;
        byte first = bytes[0];
        boolean flagLike = first == 't' || first == 'T' || first == 'f' || first == 'F' || first == ' ';
        if (flagLike && booleans.parse(bytes, 0, bytes.length) == Outcome.BOOLEAN) {
            tally.booleans++;
            return;
        }
        Outcome number = numbers.parse(bytes, 0, bytes.length);
        if (number == Outcome.INTEGER || number == Outcome.DECIMAL) {
            tally.numbers++;
            tally.decimals += number == Outcome.DECIMAL ? 1 : 0;
            if (number == Outcome.INTEGER && numbers.leadingZero() && !numbers.grouped()) {
                tally.codes++;
            }
            return;
        }
        if (!isDate(dates.parse(bytes, 0, bytes.length, DateOrder.DAY_FIRST))) {
            tally.monthFirst += isDate(dates.parse(bytes, 0, bytes.length, DateOrder.MONTH_FIRST)) ? 1 : 0;
            return;
        }
        tally.dayFirst++;
        if (dates.yearFirst()) {
            tally.monthFirst++;
            return;
        }
        tally.yearLast++;
        tally.slashes += dates.separator() == '/' ? 1 : 0;
        tally.monthFirst += isDate(dates.parse(bytes, 0, bytes.length, DateOrder.MONTH_FIRST)) ? 1 : 0;
    }

    private static ColumnPlan decide(Tally tally) {
        if (tally.present == 0) {
            return ColumnPlan.starting(ColumnType.TEXT);
        }
        if (enoughFit(tally.booleans, tally.present)) {
            return ColumnPlan.exactly(ColumnType.BOOLEAN);
        }
        if (enoughFit(tally.numbers, tally.present)) {
            if (tally.codes > 0) {
                return ColumnPlan.starting(ColumnType.TEXT);
            }
            // a starting DECIMAL only spares widening whole numbers read first; it may not narrow
            return ColumnPlan.starting(tally.decimals > 0 ? ColumnType.DECIMAL : ColumnType.INTEGER);
        }
        long dateFits = Math.max(tally.dayFirst, tally.monthFirst);
        if (enoughFit(dateFits, tally.present)) {
            boolean tie = tally.dayFirst == tally.monthFirst;
            DateOrder order;
            if (!tie) {
                order = tally.dayFirst > tally.monthFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
            } else {
                // Nothing tells: slashes are the American month/day habit, dots and dashes the European day.month
                order = tally.slashes * 2 > tally.yearLast ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
            }
            return new ColumnPlan(ColumnType.DATE, false, order, tie && tally.yearLast > 0);
        }
        return ColumnPlan.starting(ColumnType.TEXT);
    }

    private static boolean isDate(Outcome outcome) {
        return outcome == Outcome.DATE || outcome == Outcome.DATE_TIME;
    }

    /** Counts of the cells that fit each kind. */
    private static final class Tally {
        long present;
        long booleans;
        long numbers;
        long decimals;
        long codes;
        long dayFirst;
        long monthFirst;
        long yearLast;
        long slashes;
    }
}
