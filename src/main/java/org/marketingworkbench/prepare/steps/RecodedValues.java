package org.marketingworkbench.prepare.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * The recoded text of every row of a column, worked out once per distinct value, and the column
 * it becomes: whole numbers, decimals or text, whichever holds every result.
 */
final class RecodedValues {
    private static final int SAMPLE = 10;

    private final String[] values;
    private final Selection changed = new BitmapBackedSelection();
    private final Set<String> unmappedSample = new LinkedHashSet<>();
    private long unmappedCells;

    private RecodedValues(int rows) {
        values = new String[rows];
    }

    static RecodedValues of(Column<?> source, RecodeTable table, Progress progress) {
        RecodedValues result = new RecodedValues(source.size());
        Map<String, RecodeTable.Target> byValue = new HashMap<>();
        for (int row = 0; row < source.size(); row++) {
            StepSupport.checkEvery(progress, row);
            if (source.isMissing(row)) {
                result.values[row] = "";
                continue;
            }
            String value = source.getUnformattedString(row);
            RecodeTable.Target target = byValue.computeIfAbsent(value, table::target);
            result.values[row] = target.text();
            if (!target.mapped()) {
                result.unmappedCells++;
                if (result.unmappedSample.size() < SAMPLE) {
                    result.unmappedSample.add(value);
                }
            }
            if (!target.text().equals(value)) {
                result.changed.add(row);
            }
        }
        return result;
    }

    long unmappedCells() {
        return unmappedCells;
    }

    List<String> unmappedSample() {
        return new ArrayList<>(unmappedSample);
    }

    int[] changedRows() {
        return changed.toArray();
    }

    /** The results as whole numbers, decimals or text: the narrowest type that holds all of them. */
    Column<?> toColumn(String name) {
        Map<String, Double> numbers = new HashMap<>();
        boolean allNumbers = true;
        boolean allWhole = true;
        for (String value : new LinkedHashSet<>(java.util.Arrays.asList(values))) {
            if (value.isEmpty()) {
                continue;
            }
            Double number = parse(value);
            if (number == null) {
                allNumbers = false;
                break;
            }
            numbers.put(value, number);
            allWhole &= number == Math.rint(number) && Math.abs(number) < 9e15;
        }
        if (!allNumbers) {
            return StringColumn.create(name, values);
        }
        double[] parsed = new double[values.length];
        for (int row = 0; row < values.length; row++) {
            parsed[row] = values[row].isEmpty() ? Double.NaN : numbers.get(values[row]);
        }
        if (!allWhole) {
            return DoubleColumn.create(name, parsed);
        }
        LongColumn whole = LongColumn.create(name, values.length);
        for (int row = 0; row < values.length; row++) {
            if (Double.isNaN(parsed[row])) {
                whole.setMissing(row);
            } else {
                whole.set(row, (long) parsed[row]);
            }
        }
        boolean fitsInt = numbers.values().stream().allMatch(n -> n > Integer.MIN_VALUE && n <= Integer.MAX_VALUE);
        return fitsInt ? whole.asIntColumn().setName(name) : whole;
    }

    private static Double parse(String value) {
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
