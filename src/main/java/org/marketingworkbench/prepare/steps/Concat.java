package org.marketingworkbench.prepare.steps;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.ReportBuilder;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.Table;

/**
 * Appends the rows of other open sources below the input, matching columns by name. A column that
 * a source lacks is missing in its rows; columns of different types become decimal (whole and
 * decimal numbers) or text (anything else). The report lists every mismatch. Appended rows are
 * numbered after the input's last row number.
 *
 * @param enabled whether the recipe applies this step
 * @param sources the names of the sources to append, in order
 */
public record Concat(Boolean enabled, List<String> sources) implements Step {

    public Concat {
        enabled = StepSupport.enabled(enabled);
        sources = StepSupport.list(sources);
    }

    public static Concat of(String... sources) {
        return new Concat(true, List.of(sources));
    }

    @Override
    public Concat withEnabled(boolean value) {
        return new Concat(value, sources);
    }

    @Override
    public StepOutcome apply(StepInput input, ApplyContext context, Progress progress) {
        if (sources.isEmpty()) {
            throw new BadInputException("prepare.error.noSource");
        }
        List<Table> tables = new ArrayList<>();
        tables.add(input.table());
        sources.forEach(name -> tables.add(context.source(name)));
        ReportBuilder report = new ReportBuilder(this, input);
        Set<String> names = new LinkedHashSet<>();
        tables.forEach(table -> names.addAll(table.columnNames()));
        reportMismatches(input.table(), tables, report);
        Table output = Table.create(input.table().name());
        int conflicts = 0;
        for (String name : names) {
            progress.checkCancelled();
            AlignedColumn aligned = AlignedColumn.of(name, tables);
            if (aligned.conflict()) {
                conflicts++;
                report.note("prepare.note.typeConflict", name, aligned.typesFound(), aligned.typeChosen());
            }
            output.addColumns(aligned.column());
        }
        int appended = output.rowCount() - input.rowCount();
        report.count("rowsAppended", appended).count("typeConflicts", conflicts);
        return report.rows(output, numbers(input.rowNumbers(), appended));
    }

    /** Names the columns each appended source lacks, and those only it has. */
    private void reportMismatches(Table main, List<Table> tables, ReportBuilder report) {
        int mismatched = 0;
        for (int index = 1; index < tables.size(); index++) {
            Table table = tables.get(index);
            List<String> lacking = main.columnNames().stream().filter(name -> !table.columnNames().contains(name)).toList();
            List<String> extra = table.columnNames().stream().filter(name -> !main.columnNames().contains(name)).toList();
            String source = sources.get(index - 1);
            if (!lacking.isEmpty()) {
                report.note("prepare.note.sourceLacks", source, String.join(", ", lacking));
            }
            if (!extra.isEmpty()) {
                report.note("prepare.note.sourceExtra", source, String.join(", ", extra));
            }
            mismatched += lacking.size() + extra.size();
        }
        report.count("mismatchedColumns", mismatched);
    }

    private static int[] numbers(int[] inputNumbers, int appended) {
        int last = 0;
        for (int number : inputNumbers) {
            last = Math.max(last, number);
        }
        int[] numbers = java.util.Arrays.copyOf(inputNumbers, inputNumbers.length + appended);
        for (int index = 0; index < appended; index++) {
            numbers[inputNumbers.length + index] = last + 1 + index;
        }
        return numbers;
    }
}
