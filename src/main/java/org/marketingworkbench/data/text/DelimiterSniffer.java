package org.marketingworkbench.data.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Picks the field separator among comma, semicolon, tab and pipe: the one that splits the
 * first records (quotes respected) into the same number of fields, two or more, most often.
 * When none gives a steady count (a basket file, one basket per line) the one that splits the
 * most records wins; when none splits anything the file is one column and comma is as good as
 * any.
 */
public final class DelimiterSniffer {

    /** The candidates, in the order that breaks ties. */
    public static final byte[] CANDIDATES = {',', '\t', ';', '|'};

    private static final int RECORDS = 200;

    private DelimiterSniffer() {
    }

    public static byte sniff(byte[] head, int from, int length, boolean whole, byte terminator) {
        byte best = CANDIDATES[0];
        double bestSteadiness = 0;
        byte mostSplitting = CANDIDATES[0];
        double bestSplitShare = 0;
        for (byte candidate : CANDIDATES) {
            CsvSample sample = CsvSample.read(head, from, length, whole, candidate, terminator, RECORDS);
            if (sample.records().isEmpty()) {
                continue;
            }
            Map<Integer, Integer> countsByWidth = new HashMap<>();
            int split = 0;
            for (String[] record : sample.records()) {
                countsByWidth.merge(record.length, 1, Integer::sum);
                split += record.length > 1 ? 1 : 0;
            }
            int records = sample.records().size();
            int modeWidth = 1;
            int modeCount = 0;
            for (Map.Entry<Integer, Integer> entry : countsByWidth.entrySet()) {
                if (entry.getValue() > modeCount || (entry.getValue() == modeCount && entry.getKey() > modeWidth)) {
                    modeWidth = entry.getKey();
                    modeCount = entry.getValue();
                }
            }
            double steadiness = modeWidth > 1 ? (double) modeCount / records : 0;
            if (steadiness > bestSteadiness + 1e-9) {
                best = candidate;
                bestSteadiness = steadiness;
            }
            double splitShare = (double) split / records;
            if (splitShare > bestSplitShare + 1e-9) {
                mostSplitting = candidate;
                bestSplitShare = splitShare;
            }
        }
        // a steady split into columns beats a ragged one unless it is mostly noise
        return bestSteadiness >= 0.5 ? best : mostSplitting;
    }
}
