package org.marketingworkbench.data.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.value.ColumnPlan;
import org.marketingworkbench.data.value.MissingMarkers;
import org.marketingworkbench.data.value.TypeGuesser;

/**
 * Decides whether the first record holds column names. It does when some column below is
 * numbers, dates or true/false and its first cell is not; with text columns only, when every
 * first cell is filled, distinct, none of them appears again in its column (a data row
 * repeats its categories; names do not), and the record is as wide as most records below. One record alone is a header.
 */
public final class HeaderSniffer {

    private static final int ROWS = 500;

    private HeaderSniffer() {
    }

    public static boolean hasHeader(List<String[]> records) {
        if (records.isEmpty()) {
            return true;
        }
        String[] first = records.get(0);
        List<String[]> below = records.subList(1, Math.min(records.size(), ROWS + 1));
        if (below.isEmpty()) {
            return true;
        }
        TypeGuesser guesser = new TypeGuesser();
        boolean typedColumn = false;
        for (int column = 0; column < first.length; column++) {
            ColumnPlan plan = guesser.guess(CsvSample.cells(below, column));
            if (plan.type() != ColumnType.TEXT && plan.type() != ColumnType.CATEGORY) {
                typedColumn = true;
                if (!MissingMarkers.isMissing(first[column]) && !fits(guesser, first[column], plan)) {
                    return true;
                }
            }
        }
        if (typedColumn) {
            return false;
        }
        return namesLookLikeNames(first, below);
    }

    private static boolean namesLookLikeNames(String[] first, List<String[]> below) {
        if (first.length != modeWidth(below)) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (String name : first) {
            if (name.isBlank() || !seen.add(name)) {
                return false;
            }
        }
        for (int column = 0; column < first.length; column++) {
            for (String[] record : below) {
                if (column < record.length && record[column].equals(first[column])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int modeWidth(List<String[]> records) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int mode = 0;
        int modeCount = 0;
        for (String[] record : records) {
            int count = counts.merge(record.length, 1, Integer::sum);
            if (count > modeCount) {
                mode = record.length;
                modeCount = count;
            }
        }
        return mode;
    }

    private static boolean fits(TypeGuesser guesser, String cell, ColumnPlan plan) {
        ColumnPlan alone = guesser.guess(List.of(cell));
        return alone.type() == plan.type();
    }
}
