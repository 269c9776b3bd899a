package org.marketingworkbench.report.html;

import java.util.List;

/**
 * A report written as one HTML document, with the tables and charts its sections wrote.
 *
 * @param html   the whole document, UTF-8 text
 * @param tables every table, in order
 * @param charts every chart, in order
 */
public record RenderedReport(String html, List<ReportTable> tables, List<ReportChart> charts) {

    public RenderedReport {
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }
}
