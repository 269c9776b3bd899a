package org.marketingworkbench.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Draws many points (a million and more) as one raster image instead of one shape each, so a
 * redraw costs a few milliseconds. Points are blended with some transparency, so dense areas
 * show as denser colour.
 */
final class PointCloudAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    private final float[] x;
    private final float[] y;
    private final int[] group;
    private final int[] colours;

    /** {@code colours[g]} is the RGB colour of group g; {@code group[i]} the group of point i. */
    PointCloudAnnotation(float[] x, float[] y, int[] group, int[] colours) {
        this.x = x;
        this.y = y;
        this.group = group;
        this.colours = colours;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        double scale = Math.max(1, Math.abs(g2.getTransform().getScaleX()));
        int width = Math.max(1, (int) Math.ceil(dataArea.getWidth() * scale));
        int height = Math.max(1, (int) Math.ceil(dataArea.getHeight() * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        double xMin = domainAxis.getLowerBound();
        double xSpan = domainAxis.getUpperBound() - xMin;
        double yMax = rangeAxis.getUpperBound();
        double ySpan = yMax - rangeAxis.getLowerBound();
        int radius = x.length > 200_000 ? 0 : x.length > 20_000 ? 1 : 2;
        int alpha = alphaFor(x.length);
        for (int i = 0; i < x.length; i++) {
            int px = (int) ((x[i] - xMin) / xSpan * (width - 1));
            int py = (int) ((yMax - y[i]) / ySpan * (height - 1));
            int colour = colours[group == null ? 0 : Math.floorMod(group[i], colours.length)];
            for (int dy = -radius; dy <= radius; dy++) {
                int row = py + dy;
                if (row < 0 || row >= height) {
                    continue;
                }
                for (int dx = -radius; dx <= radius; dx++) {
                    int column = px + dx;
                    if (column >= 0 && column < width && dx * dx + dy * dy <= radius * radius + 1) {
                        int index = row * width + column;
                        pixels[index] = blend(pixels[index], colour, alpha);
                    }
                }
            }
        }
        g2.drawImage(image, (int) Math.round(dataArea.getX()), (int) Math.round(dataArea.getY()),
                (int) Math.round(dataArea.getWidth()), (int) Math.round(dataArea.getHeight()), null);
    }

    /** Opacity of one point: lower for many points, so density shows. */
    static int alphaFor(int points) {
        return points > 200_000 ? 110 : points > 20_000 ? 150 : 220;
    }

    /** Source-over blending of {@code rgb} at {@code alpha} onto the premultiplied-free ARGB pixel {@code under}. */
    static int blend(int under, int rgb, int alpha) {
        int underAlpha = under >>> 24;
        int outAlpha = alpha + underAlpha * (255 - alpha) / 255;
        if (outAlpha == 0) {
            return 0;
        }
        int red = channel(rgb >> 16, under >> 16, alpha, underAlpha, outAlpha);
        int green = channel(rgb >> 8, under >> 8, alpha, underAlpha, outAlpha);
        int blue = channel(rgb, under, alpha, underAlpha, outAlpha);
        return outAlpha << 24 | red << 16 | green << 8 | blue;
    }

    private static int channel(int source, int under, int alpha, int underAlpha, int outAlpha) {
        int s = source & 0xFF;
        int u = under & 0xFF;
        return (s * alpha + u * underAlpha * (255 - alpha) / 255) / outAlpha;
    }
}
