package org.marketingworkbench.data.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The first records of a CSV file as Strings, for sniffing the layout, guessing types and the
 * live preview. Blank lines are skipped; a record cut off by the end of a partial head is left
 * out.
 *
 * @param records    the fields of each record
 * @param lines      the 1-based line each record starts on
 * @param nextLines  the 1-based line just after each record
 * @param ends       the byte offset just after each record
 * @param blankLines blank lines skipped between the records
 */
public record CsvSample(List<String[]> records, List<Long> lines, List<Long> nextLines, List<Integer> ends,
        int blankLines) {

    /**
     * Reads up to {@code maxRecords} records of {@code head[from, length)}.
     *
     * @param whole the head is the whole file
     */
    public static CsvSample read(byte[] head, int from, int length, boolean whole, byte delimiter, byte terminator,
            int maxRecords) {
        CsvTokenizer tokenizer = new CsvTokenizer(delimiter, terminator);
        List<String[]> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<Long> nextLines = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int blank = 0;
        long line = 1;
        int position = from;
        List<String> fields = new ArrayList<>();
        while (position < length && records.size() < maxRecords) {
            int recordStart = position;
            long recordLine = line;
            fields.clear();
            boolean cut = false;
            boolean onlyEmpty = true;
            while (true) {
                int next = tokenizer.next(head, position, length, whole);
                if (next == CsvTokenizer.NEED_MORE) {
                    cut = true;
                    break;
                }
                line += tokenizer.lineBreaks();
                String field = new String(tokenizer.bytes(), tokenizer.start(), tokenizer.end() - tokenizer.start(),
                        StandardCharsets.UTF_8);
                onlyEmpty &= field.isEmpty() && !tokenizer.quoted();
                fields.add(field);
                position = next;
                if (tokenizer.endOfRecord()) {
                    break;
                }
            }
            if (cut) {
                position = recordStart;
                break;
            }
            line++;
            if (fields.size() == 1 && onlyEmpty) {
                blank++;
                continue;
            }
            records.add(fields.toArray(new String[0]));
            lines.add(recordLine);
            nextLines.add(line);
            ends.add(position);
        }
        return new CsvSample(Collections.unmodifiableList(records), List.copyOf(lines), List.copyOf(nextLines),
                List.copyOf(ends), blank);
    }

    /** The cells of one column of {@code records} (records too short for it have none). */
    public static List<String> cells(List<String[]> records, int column) {
        List<String> cells = new ArrayList<>(records.size());
        for (String[] record : records) {
            if (column < record.length) {
                cells.add(record[column]);
            }
        }
        return cells;
    }

    /** The byte that ends records in {@code head}: LF (CRLF included), or CR alone for old Mac files. */
    public static byte terminator(byte[] head, int from, int length) {
        boolean carriageReturn = false;
        for (int i = from; i < length; i++) {
            if (head[i] == '\n') {
                return '\n';
            }
            carriageReturn |= head[i] == '\r';
        }
        return carriageReturn ? (byte) '\r' : (byte) '\n';
    }
}
