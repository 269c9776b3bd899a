package org.marketingworkbench.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/** Bar charts: one value per label, horizontal (long labels) or vertical, optionally grouped by series. */
public final class BarCharts {

    private BarCharts() {
    }

    /**
     * Horizontal bars in the given order (first at the top), values written at the bar ends.
     *
     * @param highlighted the index of a bar drawn in the accent colour, or -1
     */
    public static JFreeChart horizontal(String title, List<String> labels, double[] values, String valueLabel,
            String valueFormat, int highlighted, ChartStyle style) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            dataset.addValue(values[i], "value", labels.get(i));
        }
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), new NumberAxis(valueLabel),
                new HighlightRenderer(highlighted));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat(valueFormat)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(4);
        renderer.setMaximumBarWidth(0.08);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.getDomainAxis().setCategoryMargin(0.15);
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.12);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        style.apply(chart);
        renderer.setDefaultItemLabelPaint(style.text());
        return chart;
    }

    /** Vertical bars of several series per category (for example a feature per segment against the base). */
    public static JFreeChart grouped(String title, List<String> categories, List<String> series, double[][] values,
            String valueLabel, ChartStyle style) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int s = 0; s < series.size(); s++) {
            for (int c = 0; c < categories.size(); c++) {
                dataset.addValue(values[s][c], series.get(s), categories.get(c));
            }
        }
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), new NumberAxis(valueLabel),
                new BarRenderer());
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1);
        style.apply(chart);
        return chart;
    }

    /**
     * Paints one bar in the accent colour and the rest in the first palette colour. A value that
     * would run past the plot's edge when written after its horizontal bar is written inside the
     * bar's end, in white: the longest bar of a narrow chart showed "35,3" for 35,348.
     */
    static final class HighlightRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final int highlighted;

        HighlightRenderer(int highlighted) {
            this.highlighted = highlighted;
        }

        @Override
        public java.awt.Paint getItemPaint(int row, int column) {
            Color base = Palette.category(0);
            return column == highlighted ? Palette.category(1) : base;
        }

        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            String label = generator.generateLabel(data, row, column);
            Font font = getItemLabelFont(row, column);
            double offset = getItemLabelAnchorOffset();
            // the plot clips its renderers to the data area, so the clip is the room there is
            Shape area = g2.getClip();
            if (label == null || area == null || plot.getOrientation() != PlotOrientation.HORIZONTAL
                    || !writeInside(bar, negative, g2.getFontMetrics(font).stringWidth(label), offset, area.getBounds2D())) {
                super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
                return;
            }
            g2.setFont(font);
            g2.setPaint(Color.WHITE);
            float x = (float) (negative ? bar.getMinX() + offset : bar.getMaxX() - offset);
            TextUtils.drawAlignedString(label, g2, x, (float) bar.getCenterY(),
                    negative ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
        }

        /** Whether a label of this width goes inside the bar: it would not fit after the bar's end, but fits in the bar. */
        static boolean writeInside(Rectangle2D bar, boolean negative, double width, double offset, Rectangle2D area) {
            boolean fitsAfter = negative ? bar.getMinX() - offset - width >= area.getMinX()
                    : bar.getMaxX() + offset + width <= area.getMaxX();
            return !fitsAfter && bar.getWidth() >= width + 2 * offset;
        }
    }
}
