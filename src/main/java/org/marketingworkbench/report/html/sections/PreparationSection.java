package org.marketingworkbench.report.html.sections;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.Recipe;
import org.marketingworkbench.prepare.RecipeResult;
import org.marketingworkbench.prepare.StepNote;
import org.marketingworkbench.prepare.StepReport;
import org.marketingworkbench.prepare.StepSummaries;
import org.marketingworkbench.prepare.rfm.RfmSegments;
import org.marketingworkbench.prepare.rfm.RuleCounts;
import org.marketingworkbench.report.html.HtmlWriter;
import org.marketingworkbench.report.html.KeyFigure;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.TableOptions;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How the data were prepared: the recipe step by step with rows in and out, what the steps
 * report, and for an RFM recipe the rule table with the customers in each segment.
 */
public final class PreparationSection implements ReportSection {
    public static final String ID = "prepare";

    private final String inputName;
    private final Recipe recipe;
    private final RecipeResult result;

    /** @param inputName the file the recipe reads */
    public PreparationSection(String inputName, Recipe recipe, RecipeResult result) {
        this.inputName = inputName;
        this.recipe = recipe;
        this.result = result;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Messages.get("report.prepare.title");
    }

    @Override
    public void write(HtmlWriter out) {
        List<StepReport> reports = result.reports();
        out.paragraph(Messages.get("report.prepare.method", inputName, reports.size()));
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        int rowsIn = reports.isEmpty() ? result.table().rowCount() : reports.get(0).rowsIn();
        out.keyFigures(List.of(
                KeyFigure.of(Messages.get("report.prepare.steps"),
                        Long.toString(reports.stream().filter(StepReport::applied).count())),
                KeyFigure.of(Messages.get("report.prepare.rowsIn"), numbers.format(rowsIn)),
                KeyFigure.of(Messages.get("report.prepare.rowsOut"), numbers.format(result.table().rowCount())),
                KeyFigure.of(Messages.get("report.prepare.columns"), numbers.format(result.table().columnCount()))));
        out.table("steps", Messages.get("report.prepare.stepsTable"), stepsTable(), TableOptions.allRows());
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (StepNote note : reports.get(i).notes()) {
                notes.add((i + 1) + ". " + note.text());
            }
        }
        if (!notes.isEmpty()) {
            out.heading(Messages.get("report.prepare.notes"));
            out.bullets(notes);
        }
        if (RuleCounts.of(result.table()).length > 0) {
            out.table("rfm-segments", Messages.get("report.prepare.segmentsTable"), segmentsTable(),
                    TableOptions.allRows());
        }
    }

    /** One row per step: number, name, parameters, applied, rows in, rows out, removed, cells changed. */
    public Table stepsTable() {
        List<StepReport> reports = result.reports();
        IntColumn number = IntColumn.create(Messages.get("report.prepare.col.step"));
        StringColumn name = StringColumn.create(Messages.get("report.prepare.col.name"));
        StringColumn parameters = StringColumn.create(Messages.get("report.prepare.col.parameters"));
        StringColumn applied = StringColumn.create(Messages.get("report.prepare.col.applied"));
        IntColumn rowsIn = IntColumn.create(Messages.get("report.prepare.col.rowsIn"));
        IntColumn rowsOut = IntColumn.create(Messages.get("report.prepare.col.rowsOut"));
        IntColumn removed = IntColumn.create(Messages.get("report.prepare.col.removed"));
        LongColumn cells = LongColumn.create(Messages.get("report.prepare.col.cellsChanged"));
        for (int i = 0; i < reports.size(); i++) {
            StepReport report = reports.get(i);
            number.append(i + 1);
            name.append(report.stepName());
            parameters.append(StepSummaries.of(recipe.steps().get(i)));
            applied.append(Messages.get(report.applied() ? "report.prepare.yes" : "report.prepare.no"));
            rowsIn.append(report.rowsIn());
            rowsOut.append(report.rowsOut());
            removed.append(report.rowsRemoved());
            cells.append(report.cellsChanged());
        }
        return Table.create("steps", number, name, parameters, applied, rowsIn, rowsOut, removed, cells);
    }

    /** The rule table with the customers of each segment in the prepared table. */
    public Table segmentsTable() {
        long[] counts = RuleCounts.of(result.table());
        StringColumn segment = StringColumn.create(Messages.get("prepare.rfm.segment"));
        StringColumn recency = StringColumn.create("R");
        StringColumn frequencyMonetary = StringColumn.create("FM");
        LongColumn customers = LongColumn.create(Messages.get("prepare.rfm.customers"));
        StringColumn advice = StringColumn.create(Messages.get("prepare.rfm.advice"));
        List<RfmSegments.Rule> rules = RfmSegments.rules();
        for (int i = 0; i < rules.size(); i++) {
            RfmSegments.Rule rule = rules.get(i);
            segment.append(rule.segment().displayName());
            recency.append(range(rule.recencyFrom(), rule.recencyTo()));
            frequencyMonetary.append(range(rule.frequencyMonetaryFrom(), rule.frequencyMonetaryTo()));
            customers.append(counts.length == 0 ? 0 : counts[i]);
            advice.append(rule.segment().advice());
        }
        return Table.create("rfm-segments", segment, recency, frequencyMonetary, customers, advice);
    }

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
