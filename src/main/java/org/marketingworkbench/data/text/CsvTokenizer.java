package org.marketingworkbench.data.text;

import java.util.Arrays;

/**
 * Splits UTF-8 CSV bytes into fields (RFC 4180): a field in double quotes may hold delimiters,
 * line breaks and doubled quotes; CRLF and LF both end a record (or CR alone, for old Mac files).
 * A quote inside an unquoted field is kept as written. Nothing is copied unless a field has
 * doubled quotes; the field is {@code bytes()[start(), end())}.
 * <p>
 * One instance per thread.
 */
public final class CsvTokenizer {

    /** Returned by {@link #next} when the field runs past {@code limit} and the file goes on. */
    public static final int NEED_MORE = -1;

    private static final byte QUOTE = '"';
    private static final byte CR = '\r';

    private final byte delimiter;
    private final byte terminator;
    private byte[] scratch = new byte[256];
    private byte[] bytes;
    private int start;
    private int end;
    private boolean endOfRecord;
    private boolean quoted;
    private boolean unclosedQuote;
    private int lineBreaks;

    /**
     * @param delimiter  the field separator
     * @param terminator the byte that ends a record: '\n' (a CR before it is dropped), or '\r'
     */
    public CsvTokenizer(byte delimiter, byte terminator) {
        this.delimiter = delimiter;
        this.terminator = terminator;
    }

    /**
     * Reads the field that begins at {@code position}.
     *
     * @param limit       the end of the bytes read so far
     * @param endOfInput  {@code limit} is the end of the file
     * @return the position after the field and its delimiter or record end, or {@link #NEED_MORE}
     */
    public int next(byte[] input, int position, int limit, boolean endOfInput) {
        quoted = false;
        unclosedQuote = false;
        lineBreaks = 0;
        if (position < limit && input[position] == QUOTE) {
            return quotedField(input, position, limit, endOfInput);
        }
        byte separator = delimiter;
        byte recordEnd = terminator;
        for (int i = position; i < limit; i++) {
            byte c = input[i];
            if (c == separator) {
                return field(input, position, i, false, i + 1);
            }
            if (c == recordEnd) {
                return field(input, position, withoutCarriageReturn(input, position, i), true, i + 1);
            }
        }
        if (!endOfInput) {
            return NEED_MORE;
        }
        return field(input, position, withoutCarriageReturn(input, position, limit), true, limit);
    }

    /** The bytes the last field is in (the input, or a scratch copy without doubled quotes). */
    public byte[] bytes() {
        return bytes;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The last field ended its record. */
    public boolean endOfRecord() {
        return endOfRecord;
    }

    /** The last field was in quotes. */
    public boolean quoted() {
        return quoted;
    }

    /** The last field opened a quote that the file never closed: it runs to the end of the file. */
    public boolean unclosedQuote() {
        return unclosedQuote;
    }

    /** The line breaks inside the last field (quoted fields may span lines). */
    public int lineBreaks() {
        return lineBreaks;
    }

    private int field(byte[] input, int from, int to, boolean last, int next) {
        bytes = input;
        start = from;
        end = to;
        endOfRecord = last;
        return next;
    }

    private int withoutCarriageReturn(byte[] input, int from, int to) {
        return terminator != CR && to > from && input[to - 1] == CR ? to - 1 : to;
    }

    private int quotedField(byte[] input, int position, int limit, boolean endOfInput) {
        quoted = true;
        int i = position + 1;
        int copied = -1; // length in scratch once a doubled quote forced a copy
        int breaks = 0;
        while (true) {
            if (i >= limit) {
                if (!endOfInput) {
                    return NEED_MORE;
                }
                unclosedQuote = true;
                lineBreaks = breaks;
                return finishQuoted(input, position + 1, limit, copied, true, limit);
            }
            byte c = input[i];
            if (c == QUOTE) {
                if (i + 1 >= limit && !endOfInput) {
                    return NEED_MORE;
                }
                if (i + 1 < limit && input[i + 1] == QUOTE) {
                    copied = copy(input, position + 1, i + 1, copied);
                    i += 2;
                    continue;
                }
                break;
            }
            if (c == terminator) {
                breaks++;
            }
            if (copied >= 0) {
                copied = append(c, copied);
            }
            i++;
        }
        lineBreaks = breaks;
        int closing = i;
        int after = closing + 1;
        if (after >= limit) {
            return finishQuoted(input, position + 1, closing, copied, true, limit);
        }
        byte c = input[after];
        if (c == delimiter) {
            return finishQuoted(input, position + 1, closing, copied, false, after + 1);
        }
        if (c == terminator) {
            return finishQuoted(input, position + 1, closing, copied, true, after + 1);
        }
        if (c == CR && terminator != CR && after + 1 < limit && input[after + 1] == terminator) {
            return finishQuoted(input, position + 1, closing, copied, true, after + 2);
        }
        return trailingText(input, position, closing, copied, limit, endOfInput);
    }

    /** Text after the closing quote ({@code "a"b}) is kept, as spreadsheet programs do. */
    private int trailingText(byte[] input, int position, int closing, int copied, int limit, boolean endOfInput) {
        int length = copied >= 0 ? copied : copy(input, position + 1, closing, -1);
        int i = closing + 1;
        while (i < limit && input[i] != delimiter && input[i] != terminator) {
            length = append(input[i], length);
            i++;
        }
        if (i >= limit && !endOfInput) {
            return NEED_MORE;
        }
        boolean last = i >= limit || input[i] == terminator;
        if (last && terminator != CR && length > 0 && scratch[length - 1] == CR) {
            length--;
        }
        return field(scratch, 0, length, last, Math.min(i + 1, limit));
    }

    private int finishQuoted(byte[] input, int from, int to, int copied, boolean last, int next) {
        if (copied >= 0) {
            return field(scratch, 0, copied, last, next);
        }
        return field(input, from, to, last, next);
    }

    /** Starts (or continues) the scratch copy with {@code input[from, to)}; returns its length. */
    private int copy(byte[] input, int from, int to, int copied) {
        if (copied >= 0) {
            return append(QUOTE, copied);
        }
        int length = to - from;
        if (length > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(length, scratch.length * 2));
        }
        System.arraycopy(input, from, scratch, 0, length);
        return length;
    }

    private int append(byte c, int length) {
        if (length == scratch.length) {
            scratch = Arrays.copyOf(scratch, length * 2);
        }
        scratch[length] = c;
        return length + 1;
    }
}
