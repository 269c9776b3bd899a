package org.marketingworkbench.data;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.marketingworkbench.chart.BarCharts;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.chart.Palette;
import org.marketingworkbench.i18n.Messages;

/** The column inspector's chart, shared by the Data page and the report: a histogram of numbers, bars of top values. */
public final class ProfileCharts {

    private ProfileCharts() {
    }

    /** The chart that suits the column's profile, or null when it has no values or no chart (dates). */
    public static JFreeChart of(ColumnProfile profile, ChartStyle style) {
        if (profile.numbers() != null) {
            return histogram(profile.name(), profile.numbers().histogram(), style);
        }
        if (profile.topValues() != null) {
            return topValues(profile.name(), profile.topValues(), style);
        }
        return null;
    }

    /** Bins as touching bars over the value axis. */
    public static JFreeChart histogram(String column, Histogram histogram, ChartStyle style) {
        XYIntervalSeries series = new XYIntervalSeries(column);
        for (Histogram.Bin bin : histogram.bins()) {
            double middle = (bin.lower() + bin.upper()) / 2;
            series.add(middle, bin.lower(), bin.upper(), bin.count(), bin.count(), bin.count());
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series);
        NumberAxis values = new NumberAxis(column);
        values.setAutoRangeIncludesZero(false);
        NumberAxis counts = new NumberAxis(Messages.get("data.chart.rows"));
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer renderer = new XYBarRenderer(0.04);
        XYPlot plot = new XYPlot(dataset, values, counts, renderer);
        JFreeChart chart = new JFreeChart(Messages.get("data.chart.histogram", column), JFreeChart.DEFAULT_TITLE_FONT,
                plot, false);
        style.apply(chart);
        renderer.setSeriesPaint(0, Palette.category(0));
        return chart;
    }

    /** The most frequent values, most frequent at the top, with "other" as the last bar when values were folded. */
    public static JFreeChart topValues(String column, TopValues top, ChartStyle style) {
        List<String> labels = new java.util.ArrayList<>(top.values().stream().map(TopValues.ValueCount::value).toList());
        List<Double> counts = new java.util.ArrayList<>(top.values().stream().map(v -> (double) v.count()).toList());
        if (top.otherCount() > 0) {
            labels.add(Messages.get("data.chart.other", top.otherDistinct()));
            counts.add((double) top.otherCount());
        }
        double[] values = counts.stream().mapToDouble(Double::doubleValue).toArray();
        return BarCharts.horizontal(Messages.get("data.chart.topValues", column), labels, values,
                Messages.get("data.chart.rows"), "#,##0", -1, style);
    }
}
