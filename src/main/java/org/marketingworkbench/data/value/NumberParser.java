package org.marketingworkbench.data.value;

import java.nio.charset.StandardCharsets;

/**
 * Reads a number from UTF-8 bytes without making a String: an optional sign, a currency sign
 * before or after ($ € £ ¥ ￥ 元), digits with optional thousands separators in groups of three,
 * a fraction, an exponent, and an optional percent sign (50% reads as 0.5).
 * <p>
 * One instance per thread: {@link #parse} keeps the value of the last cell in this object, so
 * a million cells make no garbage.
 */
public final class NumberParser {

    /** Powers of ten that doubles hold exactly: the fast, correctly rounded path (Clinger 1990). */
    private static final double[] POWERS_OF_TEN = new double[23];
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    private static final long SAFE_TO_MULTIPLY = Long.MAX_VALUE / 10 - 1;

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private long integer;
    private double decimal;
    private boolean percent;
    private boolean currency;
    private boolean grouped;
    private boolean leadingZero;
    private int exponentValue;

    /** Parses {@code bytes[start, end)}: {@link Outcome#INTEGER}, {@link Outcome#DECIMAL}, MISSING or MISFIT. */
    public Outcome parse(byte[] bytes, int start, int end) {
        percent = false;
        currency = false;
        grouped = false;
        leadingZero = false;
        Outcome plain = parsePlain(bytes, start, end);
        if (plain != null) {
            return plain;
        }
        int from = Spaces.skipLeading(bytes, start, end);
        int to = Spaces.skipTrailing(bytes, from, end);
        if (from == to || MissingMarkers.isMissing(bytes, from, to)) {
            return Outcome.MISSING;
        }
        return parseTrimmed(bytes, from, to);
    }

    public Outcome parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length);
    }

    /** The value of the last INTEGER cell. */
    public long integer() {
        return integer;
    }

    /** The value of the last DECIMAL cell (percentages already divided by 100). */
    public double decimal() {
        return decimal;
    }

    /** The last cell ended with a percent sign. */
    public boolean percent() {
        return percent;
    }

    /** The last cell had a currency sign. */
    public boolean currency() {
        return currency;
    }

    /** The last cell had thousands separators. */
    public boolean grouped() {
        return grouped;
    }

    /** The last cell's whole part started with a zero followed by more digits ("007"): a code, not a count. */
    public boolean leadingZero() {
        return leadingZero;
    }

    /**
     * The common case, "-123" or "45.67" with at most 18 digits and nothing else, without the
     * checks for blanks, signs, separators and markers; null when the cell is anything else.
     */
    private Outcome parsePlain(byte[] bytes, int start, int end) {
        int i = start;
        boolean negative = i < end && bytes[i] == '-';
        if (negative) {
            i++;
        }
        int firstDigit = i;
        long mantissa = 0;
        while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
            mantissa = mantissa * 10 + (bytes[i] - '0');
            i++;
        }
        int wholeDigits = i - firstDigit;
        if (wholeDigits == 0 || wholeDigits > 18) {
            return null;
        }
        leadingZero = wholeDigits > 1 && bytes[firstDigit] == '0';
        if (i == end) {
            integer = negative ? -mantissa : mantissa;
            return Outcome.INTEGER;
        }
        if (bytes[i] != '.') {
            return null;
        }
        int firstFraction = ++i;
        while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
            mantissa = mantissa * 10 + (bytes[i] - '0');
            i++;
        }
        int fractionDigits = i - firstFraction;
        if (i != end || wholeDigits + fractionDigits > 18 || mantissa >= MAX_EXACT_MANTISSA) {
            return null;
        }
        double value = mantissa / POWERS_OF_TEN[fractionDigits];
        decimal = negative ? -value : value;
        return Outcome.DECIMAL;
    }

    private Outcome parseTrimmed(byte[] bytes, int from, int to) {
        int i = from;
        boolean negative = false;
        if (bytes[i] == '-' || bytes[i] == '+') {
            negative = bytes[i] == '-';
            i++;
        }
        int sign = currencyLength(bytes, i, to);
        if (sign > 0) {
            currency = true;
            i = Spaces.skipLeading(bytes, i + sign, to);
            if (i < to && (bytes[i] == '-' || bytes[i] == '+') && !negative) {
                negative = bytes[i] == '-';
                i++;
            }
        }
        long mantissa = 0;
        int exponent = 0;
        boolean exact = true;
        int wholeDigits = 0;
        int sinceSeparator = -1;
        int firstDigit = i;
        while (i < to) {
            byte c = bytes[i];
            if (c >= '0' && c <= '9') {
                if (mantissa <= (Long.MAX_VALUE - (c - '0')) / 10) {
                    mantissa = mantissa * 10 + (c - '0');
                } else {
                    exponent++;
                    exact = false;
                }
                wholeDigits++;
                if (sinceSeparator >= 0) {
                    sinceSeparator++;
                }
            } else if (c == ',') {
                boolean badGroup = sinceSeparator < 0 ? wholeDigits == 0 || wholeDigits > 3 : sinceSeparator != 3;
                if (badGroup) {
                    return Outcome.MISFIT;
                }
                sinceSeparator = 0;
                grouped = true;
            } else {
                break;
            }
            i++;
        }
        if (sinceSeparator >= 0 && sinceSeparator != 3) {
            return Outcome.MISFIT;
        }
        leadingZero = wholeDigits > 1 && bytes[firstDigit] == '0';
        boolean fraction = false;
        int fractionDigits = 0;
        if (i < to && bytes[i] == '.') {
            fraction = true;
            i++;
            while (i < to && bytes[i] >= '0' && bytes[i] <= '9') {
                if (mantissa <= SAFE_TO_MULTIPLY) {
                    mantissa = mantissa * 10 + (bytes[i] - '0');
                    exponent--;
                } else {
                    exact = false;
                }
                fractionDigits++;
                i++;
            }
        }
        if (wholeDigits + fractionDigits == 0) {
            return Outcome.MISFIT;
        }
        boolean scientific = false;
        if (i < to && (bytes[i] == 'e' || bytes[i] == 'E')) {
            int afterExponent = readExponent(bytes, i + 1, to);
            if (afterExponent < 0) {
                return Outcome.MISFIT;
            }
            exponent += exponentValue;
            scientific = true;
            i = afterExponent;
        }
        i = Spaces.skipLeading(bytes, i, to);
        if (i < to && bytes[i] == '%') {
            percent = true;
            exponent -= 2;
            i = Spaces.skipLeading(bytes, i + 1, to);
        } else if (i < to && (sign = suffixCurrencyLength(bytes, i, to)) > 0) {
            currency = true;
            i = Spaces.skipLeading(bytes, i + sign, to);
        }
        if (i != to) {
            return Outcome.MISFIT;
        }
        if (!fraction && !scientific && !percent && exact) {
            integer = negative ? -mantissa : mantissa;
            return Outcome.INTEGER;
        }
        decimal = toDouble(mantissa, exponent, exact, bytes, from, to);
        if (negative) {
            decimal = -decimal;
        }
        return Outcome.DECIMAL;
    }

    /** Reads the digits of an exponent into {@link #exponentValue}; returns the position after, or -1. */
    private int readExponent(byte[] bytes, int start, int to) {
        int i = start;
        boolean negative = false;
        if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
            negative = bytes[i] == '-';
            i++;
        }
        int value = 0;
        int digits = 0;
        while (i < to && bytes[i] >= '0' && bytes[i] <= '9') {
            value = Math.min(value * 10 + (bytes[i] - '0'), 100_000);
            digits++;
            i++;
        }
        if (digits == 0) {
            return -1;
        }
        exponentValue = negative ? -value : value;
        return i;
    }

    private double toDouble(long mantissa, int exponent, boolean exact, byte[] bytes, int from, int to) {
        if (exact && mantissa < MAX_EXACT_MANTISSA && exponent >= -22 && exponent <= 22) {
            return exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
        }
        return slowDouble(bytes, from, to);
    }

    /** Too many digits for the exact path: let the JDK round the cleaned text (rare). */
    private double slowDouble(byte[] bytes, int from, int to) {
        StringBuilder digits = new StringBuilder(to - from + 8);
        int i = from;
        while (i < to && bytes[i] != 'e' && bytes[i] != 'E') {
            if ((bytes[i] >= '0' && bytes[i] <= '9') || bytes[i] == '.') {
                digits.append((char) bytes[i]);
            }
            i++;
        }
        int shift = percent ? -2 : 0;
        if (i < to) {
            readExponent(bytes, i + 1, to);
            shift += exponentValue;
        }
        return Double.parseDouble(digits.append('E').append(shift).toString());
    }

    private static int currencyLength(byte[] bytes, int i, int to) {
        if (i >= to) {
            return 0;
        }
        int b = bytes[i] & 0xFF;
        if (b == '$') {
            return 1;
        }
        if (b == 0xC2 && i + 1 < to && (bytes[i + 1] == (byte) 0xA5 || bytes[i + 1] == (byte) 0xA3)) {
            return 2; // ¥ £
        }
        if (b == 0xE2 && i + 2 < to && bytes[i + 1] == (byte) 0x82 && bytes[i + 2] == (byte) 0xAC) {
            return 3; // €
        }
        if (b == 0xEF && i + 2 < to && bytes[i + 1] == (byte) 0xBF && bytes[i + 2] == (byte) 0xA5) {
            return 3; // full-width ￥
        }
        return 0;
    }

    private static int suffixCurrencyLength(byte[] bytes, int i, int to) {
        int b = bytes[i] & 0xFF;
        if (b == 0xE5 && i + 2 < to && bytes[i + 1] == (byte) 0x85 && bytes[i + 2] == (byte) 0x83) {
            return 3; // 元
        }
        return currencyLength(bytes, i, to);
    }
}
