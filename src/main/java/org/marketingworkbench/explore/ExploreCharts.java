package org.marketingworkbench.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.marketingworkbench.chart.BarCharts;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.chart.HeatMapChart;
import org.marketingworkbench.chart.Palette;
import org.marketingworkbench.i18n.Messages;

/** The Explore charts, shared by the page and the report: histogram, value bars, count plot, box plot, heat map. */
public final class ExploreCharts {
    /** Bars of a value chart; the table and CSV hold every value. */
    public static final int MAX_BARS = 30;
    /** Categories and hue values of a count plot: the most frequent are kept so the bars stay readable. */
    public static final int MAX_CATEGORIES = 20;
    public static final int MAX_HUES = 8;

    private ExploreCharts() {
    }

    /** Counts per bin, bars touching, as a histogram is read. */
    public static JFreeChart histogram(Histogram histogram, ChartStyle style) {
        int bins = histogram.binCount();
        double[][] series = new double[6][bins];
        for (int bin = 0; bin < bins; bin++) {
            double from = histogram.edges().get(bin);
            double to = histogram.edges().get(bin + 1);
            series[0][bin] = (from + to) / 2;
            series[1][bin] = from;
            series[2][bin] = to;
            series[3][bin] = histogram.counts().get(bin);
            series[4][bin] = 0;
            series[5][bin] = histogram.counts().get(bin);
        }
        DefaultIntervalXYDataset dataset = new DefaultIntervalXYDataset();
        dataset.addSeries(histogram.column(), series);
        XYBarRenderer renderer = new XYBarRenderer(0.02);
        NumberAxis xAxis = new NumberAxis(histogram.column());
        xAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, xAxis, new NumberAxis(Messages.get("explore.chart.count")), renderer);
        JFreeChart chart = new JFreeChart(Messages.get("explore.chart.histogram", histogram.column(), bins),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        style.apply(chart);
        renderer.setSeriesPaint(0, Palette.category(0));
        return chart;
    }

    /** How often each value occurs, most frequent at the top (at most {@link #MAX_BARS}). */
    public static JFreeChart categories(CategoryCounts counts, ChartStyle style) {
        int shown = Math.min(MAX_BARS, counts.values().size());
        double[] values = counts.counts().subList(0, shown).stream().mapToDouble(Long::doubleValue).toArray();
        String title = Messages.get("explore.chart.values", counts.column());
        int hidden = counts.values().size() - shown + counts.otherValues();
        if (hidden > 0) {
            title += " " + Messages.get("explore.chart.topOf", shown, shown + hidden);
        }
        return BarCharts.horizontal(title, counts.values().subList(0, shown), values,
                Messages.get("explore.chart.count"), "#,##0", -1, style);
    }

    /** Counts of the pivot's row values (on the axis) split by its column values (the bars' colours). */
    public static JFreeChart countsByHue(PivotResult counts, ChartStyle style) {
        LabeledMatrix cells = counts.cells();
        List<Integer> rows = largest(counts.rowTotals(), MAX_CATEGORIES);
        List<Integer> hues = largest(counts.columnTotals(), MAX_HUES);
        double[][] values = new double[hues.size()][rows.size()];
        for (int hue = 0; hue < hues.size(); hue++) {
            for (int row = 0; row < rows.size(); row++) {
                values[hue][row] = cells.value(rows.get(row), hues.get(hue));
            }
        }
        String title = Messages.get("explore.chart.countsByHue", counts.spec().rowColumn(), counts.spec().columnColumn());
        if (rows.size() < cells.rowCount() || hues.size() < cells.columnCount()) {
            title += " " + Messages.get("explore.chart.mostFrequent", rows.size(), hues.size());
        }
        return BarCharts.grouped(title, rows.stream().map(cells.rowLabels()::get).toList(),
                hues.stream().map(cells.columnLabels()::get).toList(), values, Messages.get("explore.chart.count"),
                style);
    }

    /** Box plots of a number column per group (see {@link ExploreBoxChart}). */
    public static JFreeChart boxes(String valueColumn, String groupColumn, List<BoxStats> boxes, ChartStyle style) {
        return ExploreBoxChart.create(valueColumn, groupColumn, boxes, style);
    }

    /** The correlation matrix as blue (negative) to red (positive) cells with the coefficients written in. */
    public static JFreeChart correlations(CorrelationMatrix matrix, ChartStyle style) {
        LabeledMatrix coefficients = matrix.coefficients();
        double[][] values = new double[coefficients.rowCount()][coefficients.columnCount()];
        for (int row = 0; row < values.length; row++) {
            for (int column = 0; column < values[row].length; column++) {
                values[row][column] = coefficients.value(row, column);
            }
        }
        String method = Messages.get("explore.correlation." + matrix.method().name().toLowerCase(Locale.ROOT));
        return HeatMapChart.create(Messages.get("explore.chart.correlations", method), coefficients.rowLabels(),
                coefficients.columnLabels(), values, HeatMapChart.Scale.DIVERGING, 1,
                value -> String.format(Locale.ROOT, "%.2f", value), null, style);
    }

    /** The indexes of the {@code limit} largest totals, in their original (ascending value) order. */
    private static List<Integer> largest(List<Double> totals, int limit) {
        List<Integer> indexes = new ArrayList<>(IntStream.range(0, totals.size()).boxed()
                .sorted(Comparator.comparing((Integer index) -> totals.get(index)).reversed())
                .limit(limit).toList());
        indexes.sort(Comparator.naturalOrder());
        return indexes;
    }
}
