/**
 * The report: one self-contained HTML file (styles inline, charts as inline SVG, no scripts,
 * nothing loaded from outside), the same report as a PDF, and "export all".
 *
 * <p>An analysis adds its section by implementing {@link org.marketingworkbench.report.html.ReportSection}
 * (see {@code sections.CampaignSection}): a stable id, a translated title, and {@code write(HtmlWriter)}
 * with headings, paragraphs, key figures, tables (Tablesaw, escaped, personal columns pseudonymised,
 * every row on request) and charts (JFreeChart). Every table and chart written is also exported as
 * CSV, PNG and SVG by {@link org.marketingworkbench.report.html.ReportExport}.
 */
package org.marketingworkbench.report.html;
