package org.marketingworkbench.basket;

import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.marketingworkbench.chart.BarCharts;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.chart.Palette;
import org.marketingworkbench.i18n.Messages;

/** The Baskets charts, shared by the page and the report. */
public final class BasketCharts {
    /** Above this many rules the scatter is drawn as a point cloud. */
    public static final int SHAPES_UP_TO = 20_000;
    private static final int LIFT_BANDS = 6;
    /** Bars shown in the top items chart. */
    public static final int TOP_ITEMS = 20;
    /** The palette's lightest quarter is left out so the weakest rules stay visible on a white plot. */
    private static final double LIGHTEST = 0.25;
    /** On a dark plot: the palette from a mid blue (low lift) to a pale blue (high lift), both visible on black. */
    private static final double DARK_FROM = 0.75;
    private static final double DARK_TO = 0.15;

    private BasketCharts() {
    }

    /**
     * Support (x) against confidence (y), one point per rule coloured by lift. Point {@code i}
     * of series 0 is {@code rules.get(i)}, so a click on a point selects its rule.
     */
    public static JFreeChart scatter(List<AssociationRule> rules, ChartStyle style) {
        if (rules.size() > SHAPES_UP_TO) {
            return cloud(rules, style);
        }
        double[][] series = new double[3][rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            AssociationRule rule = rules.get(i);
            series[0][i] = rule.support();
            series[1][i] = rule.confidence();
            series[2][i] = rule.lift();
        }
        // a few rules of very high lift would leave every other point the same colour:
        // the scale ends at the 95th percentile and higher lifts get its darkest colour
        double[] range = liftRange(series[2]);
        double lowest = range[0];
        double highest = range[1];
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(Messages.get("basket.chart.rules"), series);
        XYShapeRenderer renderer = new XYShapeRenderer();
        PaintScale scale = liftScale(lowest, highest, style == ChartStyle.DARK);
        renderer.setPaintScale(scale);
        renderer.setDrawOutlines(false);
        renderer.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        NumberAxis support = new NumberAxis(Messages.get("basket.metric.support"));
        NumberAxis confidence = new NumberAxis(Messages.get("basket.metric.confidence"));
        support.setAutoRangeIncludesZero(false);
        confidence.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, support, confidence, renderer);
        JFreeChart chart = new JFreeChart(Messages.get("basket.chart.scatter", rules.size()),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NumberAxis liftAxis = new NumberAxis(Messages.get(style == ChartStyle.DARK ? "basket.chart.liftScaleDark"
                : "basket.chart.liftScale"));
        liftAxis.setRange(lowest, highest);
        PaintScaleLegend legend = new PaintScaleLegend(scale, liftAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setMargin(4, 4, 4, 4);
        chart.addSubtitle(legend);
        style.apply(chart);
        legend.setBackgroundPaint(style.background());
        liftAxis.setLabelPaint(style.text());
        liftAxis.setTickLabelPaint(style.text());
        return chart;
    }

    /** The lift scale: from the lowest lift to the 95th percentile. */
    private static double[] liftRange(double[] values) {
        double[] lifts = values.clone();
        java.util.Arrays.sort(lifts);
        double lowest = lifts.length == 0 ? 0 : lifts[0];
        double highest = lifts.length == 0 ? 1 : lifts[(int) Math.floor(0.95 * (lifts.length - 1))];
        return new double[] {lowest, highest <= lowest ? lowest + 1 : highest};
    }

    /**
     * Past {@link #SHAPES_UP_TO} rules, one shape per point would take seconds to draw: the
     * points are drawn as one raster, coloured by bands of the same lift scale.
     */
    private static JFreeChart cloud(List<AssociationRule> rules, ChartStyle style) {
        float[] x = new float[rules.size()];
        float[] y = new float[rules.size()];
        double[] lifts = new double[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            x[i] = (float) rules.get(i).support();
            y[i] = (float) rules.get(i).confidence();
            lifts[i] = rules.get(i).lift();
        }
        double[] range = liftRange(lifts);
        double width = (range[1] - range[0]) / LIFT_BANDS;
        PaintScale scale = liftScale(range[0], range[1], style == ChartStyle.DARK);
        int[] band = new int[rules.size()];
        for (int i = 0; i < band.length; i++) {
            band[i] = (int) Math.max(0, Math.min(LIFT_BANDS - 1, Math.floor((lifts[i] - range[0]) / width)));
        }
        java.awt.Color[] colours = new java.awt.Color[LIFT_BANDS];
        List<String> names = new java.util.ArrayList<>();
        for (int b = 0; b < LIFT_BANDS; b++) {
            colours[b] = (java.awt.Color) scale.getPaint(range[0] + (b + 0.5) * width);
            names.add(b == LIFT_BANDS - 1 ? Messages.get("basket.chart.liftAtLeast", range[0] + b * width)
                    : Messages.get("basket.chart.liftBand", range[0] + b * width, range[0] + (b + 1) * width));
        }
        return org.marketingworkbench.chart.PointCloudChart.create(Messages.get("basket.chart.scatter", rules.size()),
                Messages.get("basket.metric.support"), Messages.get("basket.metric.confidence"), x, y, band, colours,
                names, null, style);
    }

    /** The most frequent items with the share of baskets holding each. */
    public static JFreeChart topItems(BasketAnalysis analysis, ChartStyle style) {
        List<ItemCount> shown = analysis.topItems(TOP_ITEMS);
        List<String> labels = shown.stream().map(ItemCount::item).toList();
        double[] values = shown.stream().mapToDouble(ItemCount::support).toArray();
        return BarCharts.horizontal(Messages.get("basket.chart.topItems", shown.size(), analysis.items().size()),
                labels, values, Messages.get("basket.metric.support"), "0.0%", -1, style);
    }

    /** On a dark plot the scale runs the other way, so high lifts are the brightest points. */
    private static PaintScale liftScale(double lowest, double highest, boolean dark) {
        return new PaintScale() {
            @Override
            public double getLowerBound() {
                return lowest;
            }

            @Override
            public double getUpperBound() {
                return highest;
            }

            @Override
            public Paint getPaint(double value) {
                double t = Math.max(0, Math.min(1, (value - lowest) / (highest - lowest)));
                return Palette.sequential(dark ? DARK_FROM - (DARK_FROM - DARK_TO) * t : LIGHTEST + (1 - LIGHTEST) * t);
            }
        };
    }
}
