package org.marketingworkbench.chart;

import java.awt.BasicStroke;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;

/** A scatter of any number of points coloured by group, drawn as a raster (see {@link PointCloudAnnotation}). */
public final class PointCloudChart {

    private PointCloudChart() {
    }

    /**
     * @param group      the group of each point (0-based), or null for one colour
     * @param groupNames the legend text of each group
     * @param note       a line under the title (for example how many points are drawn), or null
     */
    public static JFreeChart create(String title, String xLabel, String yLabel, float[] x, float[] y, int[] group,
            List<String> groupNames, String note, ChartStyle style) {
        java.awt.Color[] colours = new java.awt.Color[Math.max(1, groupNames.size())];
        for (int g = 0; g < colours.length; g++) {
            colours[g] = Palette.category(g);
        }
        return create(title, xLabel, yLabel, x, y, group, colours, groupNames, note, style);
    }

    /** As above with the colour of each group given (for example bands of a sequential scale). */
    public static JFreeChart create(String title, String xLabel, String yLabel, float[] x, float[] y, int[] group,
            java.awt.Color[] groupColours, List<String> groupNames, String note, ChartStyle style) {
        NumberAxis xAxis = new NumberAxis(xLabel);
        NumberAxis yAxis = new NumberAxis(yLabel);
        xAxis.setRange(paddedRange(x));
        yAxis.setRange(paddedRange(y));
        xAxis.setAutoRange(false);
        yAxis.setAutoRange(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(), xAxis, yAxis, new XYLineAndShapeRenderer(false, true));
        int groups = groupColours.length;
        int[] colours = new int[groups];
        LegendItemCollection legend = new LegendItemCollection();
        for (int g = 0; g < groups; g++) {
            colours[g] = groupColours[g].getRGB() & 0xFFFFFF;
            if (!groupNames.isEmpty()) {
                legend.add(new LegendItem(groupNames.get(g), null, null, null, new Rectangle(-4, -4, 8, 8),
                        groupColours[g], new BasicStroke(0), groupColours[g]));
            }
        }
        plot.addAnnotation(new PointCloudAnnotation(x, y, group, colours));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, !groupNames.isEmpty());
        if (note != null) {
            chart.addSubtitle(new TextTitle(note));
        }
        style.apply(chart);
        return chart;
    }

    private static org.jfree.data.Range paddedRange(float[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float value : values) {
            if (!Float.isNaN(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (min > max) {
            return new org.jfree.data.Range(0, 1);
        }
        double pad = max > min ? (max - min) * 0.04 : 1;
        return new org.jfree.data.Range(min - pad, max + pad);
    }
}
