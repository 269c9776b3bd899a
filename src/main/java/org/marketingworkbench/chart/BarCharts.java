package org.marketingworkbench.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
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

    /** Paints one bar in the accent colour and the rest in the first palette colour, muted. */
    private static final class HighlightRenderer extends BarRenderer {
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
    }
}
