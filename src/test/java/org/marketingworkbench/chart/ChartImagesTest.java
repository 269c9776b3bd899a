package org.marketingworkbench.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class ChartImagesTest {

    private static JFreeChart twoGroups() {
        float[] x = {0, 0, 10, 10};
        float[] y = {0, 1, 9, 10};
        return PointCloudChart.create("map", "x", "y", x, y, new int[] {0, 0, 1, 1}, List.of("A", "B"),
                "4 points", ChartStyle.LIGHT);
    }

    @Test
    void pngHasTheRequestedPixelsAtTheRequestedScale() throws IOException {
        byte[] png = ChartImages.png(twoGroups(), 400, 300, 2);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void pointsAreDrawnInTheirGroupColour() throws IOException {
        // no legend, so only the points can carry the group colours
        JFreeChart chart = PointCloudChart.create(null, "x", "y", new float[] {0, 10}, new float[] {0, 10},
                new int[] {1, 1}, List.of(), null, ChartStyle.LIGHT);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart, 400, 300, 1)));

        int alpha = PointCloudAnnotation.alphaFor(2);
        Color onWhite = new Color(PointCloudAnnotation.blend(0xFFFFFFFF, Palette.category(0).getRGB(), alpha));
        Color otherOnWhite = new Color(PointCloudAnnotation.blend(0xFFFFFFFF, Palette.category(1).getRGB(), alpha));
        assertThat(countNear(image, onWhite)).isPositive();
        assertThat(countNear(image, otherOnWhite)).isZero();
    }

    @Test
    void svgKeepsTheTitleAsText() {
        String svg = ChartImages.svg(twoGroups(), 400, 300);

        assertThat(svg).startsWith("<?xml").contains("<svg").contains(">map<").contains(">4 points<");
    }

    @Test
    void blendingOntoTransparentGivesTheSourceColour() {
        int blended = PointCloudAnnotation.blend(0, 0x336699, 255);
        assertThat(blended).isEqualTo(0xFF336699);
        // half of white over opaque black: (255*128 + 0) / 255 = 128 per channel
        int half = PointCloudAnnotation.blend(0xFF000000, 0xFFFFFF, 128);
        assertThat(half & 0xFF).isEqualTo(128);
        assertThat(half >>> 24).isEqualTo(255);
    }

    private static int countNear(BufferedImage image, Color colour) {
        int count = 0;
        for (int row = 0; row < image.getHeight(); row++) {
            for (int column = 0; column < image.getWidth(); column++) {
                Color pixel = new Color(image.getRGB(column, row));
                if (Math.abs(pixel.getRed() - colour.getRed()) < 12 && Math.abs(pixel.getGreen() - colour.getGreen()) < 12
                        && Math.abs(pixel.getBlue() - colour.getBlue()) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
