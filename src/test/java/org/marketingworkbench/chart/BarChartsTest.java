package org.marketingworkbench.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.junit.jupiter.api.Test;

class BarChartsTest {
    private static final Rectangle2D AREA = new Rectangle2D.Double(100, 0, 200, 100);

    @Test
    void aValueGoesInsideItsBarOnlyWhenItWouldRunPastThePlotAndTheBarCanHoldIt() {
        // bar from x=100 to 280, label 40 wide + 4 offset: 284..324 runs past 300
        assertThat(BarCharts.HighlightRenderer.writeInside(new Rectangle2D.Double(100, 10, 180, 8), false, 40, 4, AREA))
                .isTrue();
        // bar to 250: 254..294 fits after it
        assertThat(BarCharts.HighlightRenderer.writeInside(new Rectangle2D.Double(100, 10, 150, 8), false, 40, 4, AREA))
                .isFalse();
        // a bar too short for the label keeps it outside even if clipped
        assertThat(BarCharts.HighlightRenderer.writeInside(new Rectangle2D.Double(290, 10, 10, 8), false, 40, 4, AREA))
                .isFalse();
        // negative bar from 300 leftwards to 110: the label before it would start at 66 < 100
        assertThat(BarCharts.HighlightRenderer.writeInside(new Rectangle2D.Double(110, 10, 190, 8), true, 40, 4, AREA))
                .isTrue();
    }

    @Test
    void theLongestBarsClippedValueIsWrittenInWhiteInsideTheBar() {
        assertThat(whitePixelsInBar(new double[] {8, 7, 35_348}, "#,##0", 2)).isGreaterThan(10);
    }

    @Test
    void valuesThatFitAfterTheirBarsStayThere() {
        // the scores of a campaign ranking: the axis runs past 1.0, room enough for "0.95"
        assertThat(whitePixelsInBar(new double[] {0.95, 0.5, 0.2}, "0.00", 0)).isZero();
    }

    /** Draws a 380 x 240 chart and counts the white pixels in the right half of one bar. */
    private static int whitePixelsInBar(double[] values, String format, int bar) {
        List<String> labels = List.of("a", "b", "other");
        JFreeChart chart = BarCharts.horizontal("top", labels, values, "rows", format, -1, ChartStyle.LIGHT);
        BufferedImage image = new BufferedImage(380, 240, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 380, 240), info);
        g2.dispose();

        Rectangle bounds = null;
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof CategoryItemEntity item && labels.get(bar).equals(item.getColumnKey())) {
                bounds = item.getArea().getBounds();
            }
        }
        assertThat(bounds).isNotNull();
        int white = 0;
        for (int x = bounds.x + bounds.width / 2; x < bounds.x + bounds.width; x++) {
            for (int y = bounds.y; y < bounds.y + bounds.height; y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) {
                    white++;
                }
            }
        }
        return white;
    }
}
