package org.marketingworkbench.report.html;

/**
 * One section of the report, added by the analysis it belongs to. {@link #write} must give the
 * same output every time it is called: the report is written once for the HTML file, once for
 * the PDF and once for "export all".
 */
public interface ReportSection {

    /** A stable, file-name-safe id ("data", "campaigns"): the anchor, the prefix of exported file names, the key of the user's note. */
    String id();

    /** The heading, translated. */
    String title();

    /** Writes the section's content (headings, text, key figures, tables, charts). */
    void write(HtmlWriter out);
}
