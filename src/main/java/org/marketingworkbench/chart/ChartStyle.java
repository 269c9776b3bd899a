package org.marketingworkbench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of every chart, light or dark: flat, quiet gridlines, the categorical palette, and
 * the logical SansSerif font, which Java maps to a font with Chinese glyphs where one is installed.
 */
public enum ChartStyle {
    LIGHT(Color.WHITE, new Color(0x1F2328), new Color(0x59636E), new Color(0xE5E8EB)),
    DARK(new Color(0x0D1117), new Color(0xE6EDF3), new Color(0x9198A1), new Color(0x30363D));

    public static final String FONT = Font.SANS_SERIF;

    private final Color background;
    private final Color text;
    private final Color mutedText;
    private final Color grid;

    ChartStyle(Color background, Color text, Color mutedText, Color grid) {
        this.background = background;
        this.text = text;
        this.mutedText = mutedText;
        this.grid = grid;
    }

    public Color background() {
        return background;
    }

    public Color text() {
        return text;
    }

    /** Applies this style to {@code chart} (again after a theme switch). */
    public void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("workbench-" + name(), false);
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(background);
        theme.setPlotBackgroundPaint(background);
        theme.setLegendBackgroundPaint(background);
        theme.setTitlePaint(text);
        theme.setSubtitlePaint(mutedText);
        theme.setLegendItemPaint(text);
        theme.setAxisLabelPaint(text);
        theme.setTickLabelPaint(mutedText);
        theme.setItemLabelPaint(text);
        theme.setDomainGridlinePaint(grid);
        theme.setRangeGridlinePaint(grid);
        theme.setPlotOutlinePaint(grid);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new PaletteDrawingSupplier());
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        flatten(chart.getPlot());
    }

    private void flatten(Plot plot) {
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlineStroke(new BasicStroke(0.8f));
            xy.setRangeGridlineStroke(new BasicStroke(0.8f));
            if (xy.getRenderer() instanceof XYBarRenderer bars) {
                bars.setShadowVisible(false);
                bars.setDrawBarOutline(false);
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlineStroke(new BasicStroke(0.8f));
            if (category.getRenderer() instanceof BarRenderer bars) {
                bars.setShadowVisible(false);
                bars.setDrawBarOutline(false);
                bars.setItemMargin(0.05);
            }
        }
    }
}
