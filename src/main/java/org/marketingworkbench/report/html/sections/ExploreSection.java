package org.marketingworkbench.report.html.sections;

import java.util.List;
import java.util.Locale;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.explore.CorrelationMatrix;
import org.marketingworkbench.explore.ExploreCharts;
import org.marketingworkbench.explore.TableSummary;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.HtmlWriter;
import org.marketingworkbench.report.html.KeyFigure;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.TableOptions;

/** The exploration: the statistics of every column and the correlation heat map of the chosen number columns. */
public final class ExploreSection implements ReportSection {
    public static final String ID = "explore";
    /** The statistics a reader needs in print; the CSV has every one (top value, first and last too). */
    static final List<String> SUMMARY_COLUMNS = List.of("column", "kind", "count", "missing", "distinct", "mean", "std",
            "min", "25%", "50%", "75%", "max", "skew");

    private final TableSummary summary;
    private final CorrelationMatrix correlations;
    private final String sourceName;

    /**
     * @param correlations the matrix, or null when the data has fewer than two number columns
     * @param sourceName   what the statistics were computed on
     */
    public ExploreSection(TableSummary summary, CorrelationMatrix correlations, String sourceName) {
        this.summary = summary;
        this.correlations = correlations;
        this.sourceName = sourceName;
    }

    /** The correlations shown, or null. */
    public CorrelationMatrix correlations() {
        return correlations;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Messages.get("report.explore.title");
    }

    @Override
    public void write(HtmlWriter out) {
        out.remark(Messages.get("report.explore.source", sourceName));
        long incomplete = summary.columns().stream().filter(column -> column.missing() > 0).count();
        out.keyFigures(List.of(
                KeyFigure.of(Messages.get("report.explore.rows"), String.format(Locale.ROOT, "%,d", summary.rows())),
                KeyFigure.of(Messages.get("report.explore.columns"), Integer.toString(summary.columns().size())),
                KeyFigure.of(Messages.get("report.explore.incomplete"), Long.toString(incomplete))));
        out.table("statistics", Messages.get("report.explore.statisticsTable"), summary.toTable(),
                TableOptions.allRows().showingColumns(SUMMARY_COLUMNS));
        out.remark(Messages.get("explore.stat.quartileMethod"));
        if (correlations == null) {
            out.remark(Messages.get("report.explore.noCorrelations"));
            return;
        }
        int size = correlations.coefficients().rowCount();
        out.heading(Messages.get("report.explore.correlations"));
        out.chart("correlations", Messages.get("report.explore.correlationCaption"),
                ExploreCharts.correlations(correlations, ChartStyle.LIGHT), Math.min(880, 200 + 70 * size),
                Math.min(880, 140 + 50 * size));
        out.table("correlation-matrix", null, correlations.toTable(), TableOptions.allRows());
    }
}
