package org.marketingworkbench.data.value;

import java.nio.charset.StandardCharsets;
import java.time.Year;

/**
 * Reads dates and date-times from UTF-8 bytes without making a String: year first
 * (2024-01-31, 2024/1/31, 2024.1.31, 2024年1月31日) or year last (31.01.2024, 01/31/2024, read
 * with a {@link DateOrder}), optionally followed by a time (13:45, 13:45:30, 13:45:30.250,
 * after a space or "T"; a trailing "Z" is accepted and the clock time kept as written).
 * <p>
 * One instance per thread: the parts of the last cell stay in this object.
 */
public final class DateParser {

    private static final byte[] YEAR_MARK = "年".getBytes(StandardCharsets.UTF_8);
    private static final byte[] MONTH_MARK = "月".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DAY_MARK = "日".getBytes(StandardCharsets.UTF_8);

    private int year;
    private int month;
    private int day;
    private int millisOfDay;
    private boolean yearFirst;
    private byte separator;

    // the position after the last number read, and its digit count
    private int position;
    private int digits;

    /** Parses {@code bytes[start, end)}: DATE, DATE_TIME, MISSING or MISFIT. */
    public Outcome parse(byte[] bytes, int start, int end, DateOrder order) {
        Outcome iso = parseIso(bytes, start, end);
        if (iso != null) {
            return iso;
        }
        int from = Spaces.skipLeading(bytes, start, end);
        int to = Spaces.skipTrailing(bytes, from, end);
        if (from == to || MissingMarkers.isMissing(bytes, from, to)) {
            return Outcome.MISSING;
        }
        if (!readDate(bytes, from, to, order)) {
            return Outcome.MISFIT;
        }
        int i = position;
        if (i == to) {
            millisOfDay = 0;
            return Outcome.DATE;
        }
        if (bytes[i] != ' ' && bytes[i] != 'T') {
            return Outcome.MISFIT;
        }
        i = Spaces.skipLeading(bytes, i + 1, to);
        return readTime(bytes, i, to) ? Outcome.DATE_TIME : Outcome.MISFIT;
    }

    public Outcome parse(String text, DateOrder order) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length, order);
    }

    public int year() {
        return year;
    }

    public int month() {
        return month;
    }

    public int day() {
        return day;
    }

    /** Milliseconds since midnight of the last DATE_TIME cell (0 for a DATE). */
    public int millisOfDay() {
        return millisOfDay;
    }

    /** The last date began with its four-digit year, so no {@link DateOrder} was needed. */
    public boolean yearFirst() {
        return yearFirst;
    }

    /** The separator between the parts of the last date: '-', '/', '.', or 0 for 年月日. */
    public byte separator() {
        return separator;
    }

    /** The common case, "2024-01-31" or "2024-01-31 13:45:30", read by position; null for anything else. */
    private Outcome parseIso(byte[] bytes, int start, int end) {
        int length = end - start;
        if ((length != 10 && length != 19) || bytes[start + 4] != '-' || bytes[start + 7] != '-') {
            return null;
        }
        int y = digits(bytes, start, 4);
        int m = digits(bytes, start + 5, 2);
        int d = digits(bytes, start + 8, 2);
        if (y < 0 || m < 0 || d < 0 || !setDate(y, m, d)) {
            return null;
        }
        yearFirst = true;
        separator = '-';
        if (length == 10) {
            millisOfDay = 0;
            return Outcome.DATE;
        }
        byte between = bytes[start + 10];
        if ((between != ' ' && between != 'T') || bytes[start + 13] != ':' || bytes[start + 16] != ':') {
            return null;
        }
        int hour = digits(bytes, start + 11, 2);
        int minute = digits(bytes, start + 14, 2);
        int second = digits(bytes, start + 17, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        millisOfDay = ((hour * 60 + minute) * 60 + second) * 1000;
        return Outcome.DATE_TIME;
    }

    /** The value of {@code count} digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(byte[] bytes, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private boolean readDate(byte[] bytes, int from, int to, DateOrder order) {
        int first = readNumber(bytes, from, to, 4);
        int firstDigits = digits;
        if (first < 0) {
            return false;
        }
        int i = position;
        boolean chinese = startsWith(bytes, i, to, YEAR_MARK);
        if (chinese) {
            separator = 0;
            i += YEAR_MARK.length;
        } else if (i < to && (bytes[i] == '-' || bytes[i] == '/' || bytes[i] == '.')) {
            separator = bytes[i];
            i++;
        } else {
            return false;
        }
        int second = readNumber(bytes, i, to, 2);
        if (second < 0) {
            return false;
        }
        i = position;
        if (chinese) {
            if (!startsWith(bytes, i, to, MONTH_MARK)) {
                return false;
            }
            i += MONTH_MARK.length;
        } else if (i < to && bytes[i] == separator) {
            i++;
        } else {
            return false;
        }
        int third = readNumber(bytes, i, to, 4);
        if (third < 0) {
            return false;
        }
        int thirdDigits = digits;
        if (chinese && startsWith(bytes, position, to, DAY_MARK)) {
            position += DAY_MARK.length;
        }
        yearFirst = firstDigits == 4;
        if (yearFirst) {
            if (thirdDigits > 2) {
                return false;
            }
            return setDate(first, second, third);
        }
        if (chinese || thirdDigits != 4 || firstDigits > 2) {
            return false;
        }
        return order == DateOrder.MONTH_FIRST ? setDate(third, first, second) : setDate(third, second, first);
    }

    private boolean setDate(int y, int m, int d) {
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > java.time.Month.of(m).length(Year.isLeap(y))) {
            return false;
        }
        year = y;
        month = m;
        day = d;
        return true;
    }

    private boolean readTime(byte[] bytes, int from, int to) {
        int hour = readNumber(bytes, from, to, 2);
        if (hour < 0 || hour > 23 || position >= to || bytes[position] != ':') {
            return false;
        }
        int minute = readNumber(bytes, position + 1, to, 2);
        if (minute < 0 || digits != 2 || minute > 59) {
            return false;
        }
        int second = 0;
        int millis = 0;
        if (position < to && bytes[position] == ':') {
            second = readNumber(bytes, position + 1, to, 2);
            if (second < 0 || digits != 2 || second > 59) {
                return false;
            }
            if (position < to && (bytes[position] == '.' || bytes[position] == ',')) {
                millis = readFraction(bytes, position + 1, to);
                if (millis < 0) {
                    return false;
                }
            }
        }
        if (position < to && bytes[position] == 'Z') {
            position++;
        }
        millisOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + millis;
        return position == to;
    }

    /** Reads up to nine fraction digits as milliseconds (truncated). */
    private int readFraction(byte[] bytes, int from, int to) {
        int i = from;
        int millis = 0;
        int count = 0;
        while (i < to && bytes[i] >= '0' && bytes[i] <= '9' && count < 9) {
            if (count < 3) {
                millis = millis * 10 + (bytes[i] - '0');
            }
            count++;
            i++;
        }
        if (count == 0) {
            return -1;
        }
        for (int k = count; k < 3; k++) {
            millis *= 10;
        }
        position = i;
        return millis;
    }

    /** Reads 1 to {@code maxDigits} digits; sets {@link #position} and {@link #digits}; -1 when none or too many. */
    private int readNumber(byte[] bytes, int from, int to, int maxDigits) {
        int i = from;
        int value = 0;
        while (i < to && bytes[i] >= '0' && bytes[i] <= '9') {
            value = value * 10 + (bytes[i] - '0');
            i++;
            if (i - from > maxDigits) {
                return -1;
            }
        }
        digits = i - from;
        position = i;
        return digits == 0 ? -1 : value;
    }

    private static boolean startsWith(byte[] bytes, int i, int to, byte[] prefix) {
        int length = prefix.length;
        return to - i >= length && java.util.Arrays.equals(bytes, i, i + length, prefix, 0, length);
    }
}
