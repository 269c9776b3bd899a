package org.marketingworkbench.report.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.Pseudonymizer;
import tech.tablesaw.api.Table;

/**
 * What a {@link ReportSection} writes its content with. Every text is escaped; tables and
 * charts are also collected, so "export all" writes each one as a file of its own under a
 * name made of the section id and the name given here.
 */
public final class HtmlWriter {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final StringBuilder html;
    private final String sectionId;
    private final ChartMode chartMode;
    private final Pseudonymizer pseudonymizer;
    private final ChartEmbedder charts;
    private final Set<String> names = new HashSet<>();
    private final List<ReportTable> tables = new ArrayList<>();
    private final List<ReportChart> chartList = new ArrayList<>();

    HtmlWriter(StringBuilder html, String sectionId, ChartMode chartMode, Pseudonymizer pseudonymizer,
            ChartEmbedder charts) {
        this.html = html;
        this.sectionId = sectionId;
        this.chartMode = chartMode;
        this.pseudonymizer = pseudonymizer;
        this.charts = charts;
    }

    /** A sub-heading inside the section. */
    public HtmlWriter heading(String text) {
        html.append("<h3>").append(Html.escape(text)).append("</h3>\n");
        return this;
    }

    public HtmlWriter paragraph(String text) {
        html.append("<p>").append(Html.escape(text)).append("</p>\n");
        return this;
    }

    /** A short, quieter line: a source, a method, a caveat. */
    public HtmlWriter remark(String text) {
        html.append("<p class=\"remark\">").append(Html.escape(text)).append("</p>\n");
        return this;
    }

    /** Something the reader must not miss (a changed source, a leakage warning). */
    public HtmlWriter warning(String text) {
        html.append("<p class=\"warning\">").append(Html.escape(text)).append("</p>\n");
        return this;
    }

    public HtmlWriter bullets(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        html.append("<ul>\n");
        for (String item : items) {
            html.append("<li>").append(Html.escape(item)).append("</li>\n");
        }
        html.append("</ul>\n");
        return this;
    }

    /** Headline numbers in a row of cards. */
    public HtmlWriter keyFigures(List<KeyFigure> figures) {
        if (figures.isEmpty()) {
            return this;
        }
        html.append("<div class=\"figures\">\n");
        for (KeyFigure figure : figures) {
            html.append("<div class=\"figure\"><div class=\"figure-value\">").append(Html.escape(figure.value()))
                    .append("</div><div class=\"figure-label\">").append(Html.escape(figure.label())).append("</div>");
            if (!figure.detail().isEmpty()) {
                html.append("<div class=\"figure-detail\">").append(Html.escape(figure.detail())).append("</div>");
            }
            html.append("</div>");
        }
        html.append("\n</div>\n");
        return this;
    }

    /**
     * A table with a caption; the report shows up to {@code options.maxRows()} rows and the
     * chosen columns and says where the rest is, and "export all" writes the whole table to
     * {@code <section>-<name>.csv}.
     */
    public HtmlWriter table(String name, String caption, Table table, TableOptions options) {
        String fileName = register(name);
        tables.add(new ReportTable(fileName, table, options.personalColumns()));
        html.append("<figure class=\"table\" id=\"").append(fileName).append("\">\n");
        if (caption != null && !caption.isBlank()) {
            html.append("<figcaption>").append(Html.escape(caption)).append("</figcaption>\n");
        }
        Table shown = options.columns().isEmpty() ? table : table.selectColumns(options.columns().toArray(String[]::new));
        new TableHtml(options.personalColumns().isEmpty() ? null : pseudonymizer, options.personalColumns())
                .write(shown, options.maxRows(), html);
        if (table.rowCount() > options.maxRows()) {
            remark(Messages.get("report.table.truncated", options.maxRows(), table.rowCount(), fileName + ".csv"));
        }
        if (shown.columnCount() < table.columnCount()) {
            remark(Messages.get("report.table.moreColumns", table.columnCount() - shown.columnCount(), fileName + ".csv"));
        }
        html.append("</figure>\n");
        return this;
    }

    /** A chart of {@code width} x {@code height} CSS pixels; exported as {@code <section>-<name>.png} and {@code .svg}. */
    public HtmlWriter chart(String name, String caption, JFreeChart chart, int width, int height) {
        String fileName = register(name);
        chartList.add(new ReportChart(fileName, chart, width, height));
        html.append("<figure class=\"chart\" id=\"").append(fileName).append("\">\n");
        charts.embed(chart, width, height, chartMode, html);
        if (caption != null && !caption.isBlank()) {
            html.append("<figcaption>").append(Html.escape(caption)).append("</figcaption>\n");
        }
        html.append("</figure>\n");
        return this;
    }

    List<ReportTable> tables() {
        return List.copyOf(tables);
    }

    List<ReportChart> charts() {
        return List.copyOf(chartList);
    }

    private String register(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a table or chart name is lower-case letters, digits, - and _: " + name);
        }
        String fileName = sectionId + "-" + name;
        if (!names.add(fileName)) {
            throw new IllegalArgumentException("the section " + sectionId + " already has a table or chart " + name);
        }
        return fileName;
    }
}
