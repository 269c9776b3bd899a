package org.marketingworkbench.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.marketingworkbench.common.AtomicFiles;

/**
 * Renders charts to files without any window: PNG at a chosen size and scale (2x for sharp
 * slides), and SVG, our vector format: it keeps text as text, opens in every browser and in
 * PowerPoint, Illustrator and Inkscape, and embeds directly in the HTML report.
 */
public final class ChartImages {

    private ChartImages() {
    }

    /** A PNG of {@code width} x {@code height} logical pixels drawn at {@code scale} (2 gives 2x the pixels). */
    public static byte[] png(JFreeChart chart, int width, int height, double scale) {
        int pixelWidth = (int) Math.round(width * scale);
        int pixelHeight = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The chart as an SVG document of {@code width} x {@code height}. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGDocument();
    }

    public static void writePng(JFreeChart chart, Path file, int width, int height, double scale) throws IOException {
        byte[] bytes = png(chart, width, height, scale);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        String document = svg(chart, width, height);
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(document);
            writer.flush();
        });
    }
}
