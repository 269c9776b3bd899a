package org.marketingworkbench.sample;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

/**
 * Builds the text of one CSV file (RFC 4180): a header, then rows; a cell is quoted only when it
 * holds a delimiter, a quote, a line break, or white space at either end (so the planted trailing
 * spaces survive readers that trim unquoted cells). The line ending is chosen per file.
 */
final class CsvText {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private final String lineEnd;
    private final List<String> header;
    private int rows;

    CsvText(String lineEnd, String... header) {
        this.lineEnd = lineEnd;
        this.header = List.of(header);
        append(header);
    }

    /** Adds one row; {@code null} becomes an empty cell (a missing value). */
    CsvText row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        append(cells);
        rows++;
        return this;
    }

    List<String> header() {
        return header;
    }

    int rows() {
        return rows;
    }

    byte[] bytes(Charset charset) {
        return text.toString().getBytes(charset);
    }

    /** Yuan from a whole number of fen, always with two decimals and a point. */
    static String money(long cents) {
        String sign = cents < 0 ? "-" : "";
        long absolute = Math.abs(cents);
        return String.format(Locale.ROOT, "%s%d.%02d", sign, absolute / 100, absolute % 100);
    }

    private void append(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quoted(cells[i] == null ? "" : cells[i]));
        }
        text.append(lineEnd);
    }

    private static String quoted(String cell) {
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || (!cell.isEmpty() && (isSpace(cell.charAt(0))
                || isSpace(cell.charAt(cell.length() - 1))));
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
