package org.marketingworkbench.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * Picks the rows that get the planted mess, each from rows no other mess touched, so every
 * count in the planted truth is exact: a cleaning step must find exactly these rows.
 */
final class Mess {
    private final List<Integer> free;
    private final Random random;
    private final Map<String, List<Integer>> picked = new LinkedHashMap<>();

    Mess(int rows, long seed) {
        random = new Random(seed);
        free = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            free.add(i);
        }
        Collections.shuffle(free, random);
    }

    /** Takes {@code count} untouched rows that satisfy {@code eligible}, under {@code name}. */
    List<Integer> take(String name, int count, IntPredicate eligible) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < free.size() && rows.size() < count; i++) {
            if (eligible.test(free.get(i))) {
                rows.add(free.remove(i--));
            }
        }
        if (rows.size() < count) {
            throw new IllegalStateException("not enough rows for " + name);
        }
        Collections.sort(rows);
        picked.put(name, List.copyOf(rows));
        return rows;
    }

    List<Integer> take(String name, int count) {
        return take(name, count, row -> true);
    }

    /** Positions (0 = before the first row) where the duplicate copies go, one per copied row. */
    List<Integer> insertionPoints(int count, int rows) {
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(random.nextInt(rows + 1));
        }
        return points;
    }

    Map<String, List<Integer>> picked() {
        return picked;
    }

    /** Inserts a copy of each of {@code copied} rows at a random place; returns the new list. */
    <T> List<T> withDuplicates(List<T> rows, List<Integer> copied) {
        List<T> result = new ArrayList<>(rows);
        List<Integer> points = insertionPoints(copied.size(), rows.size());
        for (int i = copied.size() - 1; i >= 0; i--) {
            result.add(Math.min(points.get(i), result.size()), rows.get(copied.get(i)));
        }
        return result;
    }
}
