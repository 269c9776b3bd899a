package org.marketingworkbench.data.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marketingworkbench.data.ColumnRename;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.data.column.ColumnNames;
import org.marketingworkbench.data.text.CsvSample;
import org.marketingworkbench.data.text.DelimiterSniffer;
import org.marketingworkbench.data.text.HeaderSniffer;
import org.marketingworkbench.data.value.ColumnPlan;
import org.marketingworkbench.data.value.TypeGuesser;

/**
 * Works out a CSV file's layout from its first megabyte of UTF-8 text: record ends, delimiter,
 * header, column names and how to read each column. The user's choices in {@link LoadOptions}
 * win over detection.
 */
final class CsvLayoutSniffer {

    /**
     * Records sampled to guess the column types: enough to see the kinds of values, few enough to
     * be quick at a first load; a guess the rest of the file does not fit is corrected by a
     * second read of that column.
     */
    static final int SAMPLE_RECORDS = 5_000;

    private CsvLayoutSniffer() {
    }

    /**
     * @param head  the first bytes of the text (after any byte order mark), in UTF-8
     * @param whole the head is the whole text
     * @return the layout, or null when the text holds no record at all
     */
    static SniffedCsv sniff(byte[] head, int length, boolean whole, LoadOptions options) {
        byte terminator = CsvSample.terminator(head, 0, length);
        boolean delimiterDetected = options.delimiter().isEmpty();
        byte delimiter = delimiterDetected ? DelimiterSniffer.sniff(head, 0, length, whole, terminator)
                : (byte) (char) options.delimiter().get();
        CsvSample sample = CsvSample.read(head, 0, length, whole, delimiter, terminator, SAMPLE_RECORDS + 1);
        if (sample.records().isEmpty()) {
            return null;
        }
        boolean headerDetected = options.header().isEmpty();
        boolean header = headerDetected ? HeaderSniffer.hasHeader(sample.records()) : options.header().get();
        List<String[]> data = header ? sample.records().subList(1, sample.records().size()) : sample.records();
        List<String> names;
        List<ColumnRename> renames;
        if (header) {
            ColumnNames.Named named = ColumnNames.of(Arrays.asList(sample.records().get(0)));
            names = named.names();
            renames = named.renames();
        } else {
            names = ColumnNames.byIndex(widest(data));
            renames = List.of();
        }
        TypeGuesser guesser = new TypeGuesser();
        List<ColumnPlan> plans = new ArrayList<>();
        for (int column = 0; column < names.size(); column++) {
            plans.add(guesser.guess(CsvSample.cells(data, column)));
        }
        int dataStart = header ? sample.ends().get(0) : 0;
        long dataStartLine = header ? sample.nextLines().get(0) : 1;
        int sampleEnd = sample.ends().get(sample.ends().size() - 1);
        double bytesPerRecord = data.isEmpty() ? 64 : (double) (sampleEnd - dataStart) / data.size();
        return new SniffedCsv(delimiter, delimiterDetected, terminator, header, headerDetected, names, renames, plans,
                dataStart, dataStartLine, bytesPerRecord, data);
    }

    private static int widest(List<String[]> records) {
        int widest = 0;
        for (String[] record : records) {
            widest = Math.max(widest, record.length);
        }
        return widest;
    }
}
