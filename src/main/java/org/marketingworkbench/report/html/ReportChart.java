package org.marketingworkbench.report.html;

import org.jfree.chart.JFreeChart;

/**
 * A chart a section wrote, for "export all": exported as {@code name + ".png"} and {@code ".svg"}.
 *
 * @param name   the file name without extension ("campaigns-ranking")
 * @param chart  the chart
 * @param width  its width in the report, in CSS pixels
 * @param height its height in the report, in CSS pixels
 */
public record ReportChart(String name, JFreeChart chart, int width, int height) {
}
