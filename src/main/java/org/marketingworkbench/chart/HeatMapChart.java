package org.marketingworkbench.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A table of numbers as coloured cells with the values written in them: segment x channel
 * scores, segment profiles, correlations. Rows run top to bottom in the given order.
 */
public final class HeatMapChart {

    /** The colour scale of the cells. */
    public enum Scale {
        /** Values in [0, 1], white to blue. */
        SEQUENTIAL,
        /** Values in [-limit, limit], blue through white to red (differences, correlations). */
        DIVERGING
    }

    private HeatMapChart() {
    }

    /**
     * @param values  values[row][column]; NaN cells stay empty
     * @param limit   for DIVERGING, the value shown in full colour (larger ones are clipped)
     * @param format  how a cell's value is written
     * @param marked  marked[row] = a column to mark with a star in that row (or -1), may be null
     */
    public static JFreeChart create(String title, List<String> rows, List<String> columns, double[][] values,
            Scale scale, double limit, DoubleFunction<String> format, int[] marked, ChartStyle style) {
        int rowCount = rows.size();
        int columnCount = columns.size();
        double[][] series = new double[3][rowCount * columnCount];
        int i = 0;
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < columnCount; c++) {
                series[0][i] = c;
                series[1][i] = rowCount - 1 - r;
                series[2][i] = values[r][c];
                i++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("values", series);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(paintScale(scale, limit, style));
        SymbolAxis xAxis = new SymbolAxis(null, columns.toArray(String[]::new));
        List<String> reversed = new java.util.ArrayList<>(rows);
        java.util.Collections.reverse(reversed);
        SymbolAxis yAxis = new SymbolAxis(null, reversed.toArray(String[]::new));
        xAxis.setGridBandsVisible(false);
        yAxis.setGridBandsVisible(false);
        xAxis.setRange(-0.5, columnCount - 0.5);
        yAxis.setRange(-0.5, rowCount - 0.5);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        style.apply(chart);
        Font font = new Font(ChartStyle.FONT, Font.PLAIN, cellFont(rowCount, columnCount));
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < columnCount; c++) {
                if (Double.isNaN(values[r][c])) {
                    continue;
                }
                String text = format.apply(values[r][c]);
                if (marked != null && marked[r] == c) {
                    text = "\u2605 " + text;
                }
                XYTextAnnotation label = new XYTextAnnotation(text, c, rowCount - 1 - r);
                label.setFont(font);
                label.setTextAnchor(TextAnchor.CENTER);
                label.setPaint(textOn(renderer.getPaintScale().getPaint(values[r][c])));
                plot.addAnnotation(label);
            }
        }
        return chart;
    }

    private static int cellFont(int rows, int columns) {
        int cells = Math.max(rows, columns);
        return cells > 20 ? 9 : cells > 10 ? 10 : 12;
    }

    private static Color textOn(Paint paint) {
        if (paint instanceof Color colour) {
            double luminance = 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
            return luminance < 140 ? Color.WHITE : new Color(0x1F2328);
        }
        return Color.BLACK;
    }

    private static PaintScale paintScale(Scale scale, double limit, ChartStyle style) {
        return new PaintScale() {
            @Override
            public double getLowerBound() {
                return scale == Scale.DIVERGING ? -limit : 0;
            }

            @Override
            public double getUpperBound() {
                return scale == Scale.DIVERGING ? limit : 1;
            }

            @Override
            public Paint getPaint(double value) {
                if (Double.isNaN(value)) {
                    return style.background();
                }
                return scale == Scale.DIVERGING ? Palette.diverging(value / limit) : Palette.sequential(value);
            }
        };
    }
}
