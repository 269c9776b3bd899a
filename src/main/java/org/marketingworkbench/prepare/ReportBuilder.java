package org.marketingworkbench.prepare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Collects a step's report while it runs and builds its {@link StepOutcome}; the columns added and
 * removed are worked out from the input and output tables.
 */
public final class ReportBuilder {
    private final Step step;
    private final StepInput input;
    private final Map<String, String> renamed = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<StepNote> notes = new ArrayList<>();
    private long cellsChanged;
    private AffectedRows affected = AffectedRows.none();

    public ReportBuilder(Step step, StepInput input) {
        this.step = step;
        this.input = input;
    }

    public ReportBuilder cellsChanged(long value) {
        cellsChanged = value;
        return this;
    }

    public ReportBuilder affected(AffectedRows value) {
        affected = value;
        return this;
    }

    public ReportBuilder renamed(String from, String to) {
        renamed.put(from, to);
        return this;
    }

    public ReportBuilder count(String key, long value) {
        counts.put(key, value);
        return this;
    }

    public ReportBuilder note(String key, Object... arguments) {
        notes.add(StepNote.of(key, arguments));
        return this;
    }

    /** The outcome of a step that kept every row in place. */
    public StepOutcome sameRows(Table output) {
        return rows(output, input.rowNumbers());
    }

    /** The outcome of a step whose output rows carry {@code rowNumbers}. */
    public StepOutcome rows(Table output, int[] rowNumbers) {
        Set<String> before = new LinkedHashSet<>(input.table().columnNames());
        Set<String> after = new LinkedHashSet<>(output.columnNames());
        before.removeAll(renamed.keySet());
        after.removeAll(renamed.values());
        List<String> added = after.stream().filter(name -> !before.contains(name)).toList();
        List<String> removed = before.stream().filter(name -> !after.contains(name)).toList();
        StepReport report = new StepReport(StepTypes.idOf(step), true, input.rowCount(), output.rowCount(), added,
                removed, renamed, cellsChanged, affected, counts, notes);
        return new StepOutcome(output, rowNumbers, report);
    }
}
