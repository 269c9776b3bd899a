package org.marketingworkbench.report.html.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.HtmlWriter;
import org.marketingworkbench.report.html.KeyFigure;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.TableOptions;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The report's first section: which files the work is based on, their size, and how they were read. */
public final class DataSummarySection implements ReportSection {
    public static final String ID = "data";

    private final List<SourceSummary> sources;

    public DataSummarySection(List<SourceSummary> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Messages.get("report.data.title");
    }

    @Override
    public void write(HtmlWriter out) {
        if (sources.isEmpty()) {
            out.paragraph(Messages.get("report.data.none"));
            return;
        }
        long rows = sources.stream().mapToLong(SourceSummary::rows).sum();
        long columns = sources.stream().mapToLong(SourceSummary::columns).sum();
        out.keyFigures(List.of(
                KeyFigure.of(Messages.get("report.data.sources"), number(sources.size())),
                KeyFigure.of(Messages.get("report.data.rows"), number(rows)),
                KeyFigure.of(Messages.get("report.data.columns"), number(columns))));
        for (SourceSummary source : sources) {
            if (!source.problem().isEmpty()) {
                out.warning(source.problem());
            }
            source.warnings().forEach(out::warning);
        }
        out.table("sources", Messages.get("report.data.sourcesTable"), sourcesTable(), TableOptions.allRows());
        int index = 0;
        for (SourceSummary source : sources) {
            index++;
            if (source.isLoaded()) {
                out.table("columns-" + index, Messages.get("report.data.columnsTable", source.name()),
                        columnsTable(source), TableOptions.allRows());
            }
        }
    }

    private Table sourcesTable() {
        Table table = Table.create("sources", StringColumn.create("file"), IntColumn.create("rows"),
                IntColumn.create("columns"), StringColumn.create("encoding"), StringColumn.create("delimiter"),
                StringColumn.create("status"));
        for (SourceSummary source : sources) {
            table.stringColumn("file").append(source.name());
            if (source.isLoaded()) {
                table.intColumn("rows").append(source.rows());
                table.intColumn("columns").append(source.columns());
            } else {
                table.intColumn("rows").appendMissing();
                table.intColumn("columns").appendMissing();
            }
            table.stringColumn("encoding").append(source.encoding());
            table.stringColumn("delimiter").append(source.delimiter());
            table.stringColumn("status").append(Messages.get(!source.isLoaded() ? "report.data.status.missing"
                    : source.problem().isEmpty() ? "report.data.status.loaded" : "report.data.status.changed"));
        }
        return table;
    }

    /** One row per column: its type, its role and how many values are missing. */
    private static Table columnsTable(SourceSummary source) {
        Table table = Table.create("columns", StringColumn.create("column"), StringColumn.create("type"),
                StringColumn.create("role"), IntColumn.create("missing"));
        for (Column<?> column : source.table().columns()) {
            ColumnType type = source.types().get(column.name());
            ColumnRole role = source.roles().get(column.name());
            table.stringColumn("column").append(column.name());
            table.stringColumn("type").append(type == null ? "" : type.id());
            table.stringColumn("role").append(role == null ? "" : role.name().toLowerCase(Locale.ROOT));
            table.intColumn("missing").append(column.countMissing());
        }
        return table;
    }

    private static String number(long value) {
        return String.format(Locale.getDefault(), "%,d", value);
    }
}
