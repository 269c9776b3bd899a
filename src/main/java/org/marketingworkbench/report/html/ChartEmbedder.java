package org.marketingworkbench.report.html;

import java.awt.geom.Rectangle2D;
import java.util.Base64;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.marketingworkbench.chart.ChartImages;

/**
 * Puts charts into the report: inline SVG that scales with the page, or a PNG at twice the
 * size as a data URI. SVG element ids get a prefix per chart, so the clip paths of two charts
 * in one page never collide, and the same report gives the same bytes every time.
 */
final class ChartEmbedder {
    /** PNG pixels per CSS pixel: sharp on high-density screens and in print. */
    static final double PNG_SCALE = 2;

    private int count;

    void embed(JFreeChart chart, int width, int height, ChartMode mode, StringBuilder html) {
        count++;
        if (mode == ChartMode.PNG) {
            byte[] png = ChartImages.png(chart, width, height, PNG_SCALE);
            // no width and height attributes: the style sheet scales the image to the page width
            html.append("<img class=\"chart-image\" alt=\"\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                    .append("\" />\n");
            return;
        }
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("chart" + count + "-");
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        html.append(g2.getSVGElement("chart" + count, false, new ViewBox(0, 0, width, height), null, null)).append('\n');
    }
}
