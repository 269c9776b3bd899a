package org.marketingworkbench.report.html;

/** How charts are embedded in the report. */
public enum ChartMode {
    /** Inline SVG: sharp at any zoom and in print, text stays text; for the HTML file. */
    SVG,
    /** Base64 PNG at twice the size: for the PDF renderer, which draws images but not SVG. */
    PNG
}
