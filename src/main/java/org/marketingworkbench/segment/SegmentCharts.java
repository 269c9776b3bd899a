package org.marketingworkbench.segment;

import java.awt.Color;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.marketingworkbench.chart.BarCharts;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.chart.HeatMapChart;
import org.marketingworkbench.chart.Palette;
import org.marketingworkbench.chart.PointCloudChart;
import org.marketingworkbench.i18n.Messages;

/**
 * The charts of a segmentation, shared by the Segments page and the report: sizes, the profile
 * heat map, the 2-D map, one feature across segments, and revenue share. Segment i has palette
 * colour i in every chart, so bars, cards and the map read together.
 */
public final class SegmentCharts {
    /** Differences in standard deviations shown in full colour on the heat map; larger ones are clipped. */
    public static final double HEAT_MAP_LIMIT = 2;
    private static final Color BASE = new Color(0x8C959F);

    private SegmentCharts() {
    }

    /** Customers per segment, each bar labelled with its count and share. */
    public static JFreeChart sizes(SegmentationResult result, ChartStyle style) {
        List<String> labels = new ArrayList<>();
        for (SegmentProfile profile : result.profiles()) {
            labels.add(Messages.get("segment.chart.sizeLabel", profile.size(), profile.share()));
        }
        double[] values = result.profiles().stream().mapToDouble(SegmentProfile::size).toArray();
        return segmentBars(Messages.get("segment.chart.sizes"), result.names(), values, labels, -1,
                Messages.get("segment.chart.customers"), style);
    }

    /** Every feature (rows) per segment (columns): the difference from the base in standard deviations. */
    public static JFreeChart profileHeatMap(SegmentationResult result, ChartStyle style) {
        List<String> features = result.featureNames();
        double[][] values = new double[features.size()][result.k()];
        for (SegmentProfile profile : result.profiles()) {
            for (int dim = 0; dim < features.size(); dim++) {
                values[dim][profile.segment()] = profile.features().get(dim).differenceInSd();
            }
        }
        return HeatMapChart.create(Messages.get("segment.chart.heatMap"), features, result.names(), values,
                HeatMapChart.Scale.DIVERGING, HEAT_MAP_LIMIT, value -> String.format(Locale.ROOT, "%+.1f", value), null,
                style);
    }

    /** The points on their first two principal components, coloured by segment; says when a sample is drawn. */
    public static JFreeChart map(SegmentationResult result, ChartStyle style) {
        MapProjection map = result.map();
        int[] drawn = map.drawn();
        float[] x = new float[drawn.length];
        float[] y = new float[drawn.length];
        int[] group = new int[drawn.length];
        for (int index = 0; index < drawn.length; index++) {
            x[index] = (float) map.x(drawn[index]);
            y[index] = (float) map.y(drawn[index]);
            group[index] = result.clustering().label(drawn[index]);
        }
        double[] explained = map.explainedVariance();
        String note = map.sampled() ? Messages.get("segment.chart.mapSample", drawn.length, map.size())
                : Messages.get("segment.chart.mapAll", map.size());
        return PointCloudChart.create(Messages.get("segment.chart.map"),
                Messages.get("segment.chart.mapAxis", 1, explained[0]), Messages.get("segment.chart.mapAxis", 2,
                        explained[1]), x, y, group, result.names(), note, style);
    }

    /** One feature's mean (or a level's share) in each segment, beside all customers. */
    public static JFreeChart featureComparison(SegmentationResult result, int feature, ChartStyle style) {
        FeatureColumn column = result.features().get(feature);
        boolean share = column.isCategory();
        List<String> names = new ArrayList<>(result.names());
        names.add(Messages.get("segment.allCustomers"));
        double[] values = new double[names.size()];
        List<String> labels = new ArrayList<>();
        for (SegmentProfile profile : result.profiles()) {
            FeatureProfile value = profile.features().get(feature);
            values[profile.segment()] = share ? 100 * value.segmentValue() : value.segmentValue();
            labels.add(Messages.get("segment.chart.value", share ? Amounts.share(value.segmentValue())
                    : Amounts.amount(value.segmentValue()), value.differenceInSd()));
        }
        double base = result.profiles().get(0).features().get(feature).baseValue();
        values[values.length - 1] = share ? 100 * base : base;
        labels.add(share ? Amounts.share(base) : Amounts.amount(base));
        String title = Messages.get(share ? "segment.chart.compareShare" : "segment.chart.compareMean", column.name());
        JFreeChart chart = segmentBars(title, names, values, labels, values.length - 1,
                share ? Messages.get("segment.chart.percentAxis") : column.name(), style);
        TextTitle note = new TextTitle(Messages.get("segment.chart.compareNote"));
        note.setPaint(style.text());
        note.setFont(new java.awt.Font(ChartStyle.FONT, java.awt.Font.PLAIN, 11));
        chart.addSubtitle(note);
        return chart;
    }

    /** True when the segmentation split a money column, so {@link #revenueShare} has something to show. */
    public static boolean hasRevenue(SegmentationResult result) {
        return result.profiles().stream().allMatch(profile -> profile.revenueShare().isPresent()
                && !Double.isNaN(profile.revenueShare().getAsDouble()));
    }

    /** Per segment, its share of the customers beside its share of the money column's total. */
    public static JFreeChart revenueShare(SegmentationResult result, ChartStyle style) {
        double[][] values = new double[2][result.k()];
        for (SegmentProfile profile : result.profiles()) {
            values[0][profile.segment()] = 100 * profile.share();
            values[1][profile.segment()] = 100 * profile.revenueShare().orElse(Double.NaN);
        }
        String money = result.parameters().moneyColumn().orElse("");
        JFreeChart chart = BarCharts.grouped(Messages.get("segment.chart.revenue", money), result.names(),
                List.of(Messages.get("segment.chart.customerShare"), Messages.get("segment.chart.revenueShare", money)),
                values, Messages.get("segment.chart.percentAxis"), style);
        CategoryPlot plot = chart.getCategoryPlot();
        // horizontal, so segment names have room on the left
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("0.0'%'")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelPaint(style.text());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(3);
        renderer.setSeriesPaint(0, BASE);
        renderer.setSeriesPaint(1, Palette.category(0));
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.2);
        return chart;
    }

    /** Horizontal bars in segment colours (the bar at {@code baseIndex}, if any, in grey) with the given labels. */
    private static JFreeChart segmentBars(String title, List<String> names, double[] values, List<String> labels,
            int baseIndex, String valueLabel, ChartStyle style) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int index = 0; index < names.size(); index++) {
            dataset.addValue(values[index], "value", names.get(index));
        }
        BarRenderer renderer = new SegmentBarRenderer(baseIndex);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset data, int row, int column) {
                return labels.get(column);
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9,
                TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(4);
        renderer.setMaximumBarWidth(0.12);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), new NumberAxis(valueLabel), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        // room at the bar ends for the labels: about 7 pixels a character (a Chinese one twice that) on a plot
        // some 300 pixels wide; the margin m leaves a fraction m / (1 + m) of the axis beyond the longest bar
        int longest = labels.stream().mapToInt(SegmentCharts::textWidth).max().orElse(0);
        double room = Math.min(0.5, (longest * 7 + 10) / 300.0);
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(room / (1 - room));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        style.apply(chart);
        renderer.setDefaultItemLabelPaint(style.text());
        return chart;
    }

    /** Paints bar i in segment colour i, and the base bar in grey. */
    private static final class SegmentBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final int baseIndex;

        SegmentBarRenderer(int baseIndex) {
            this.baseIndex = baseIndex;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return column == baseIndex ? BASE : Palette.category(column);
        }
    }

    /** The width of {@code text} in Latin characters: ideographs count twice. */
    private static int textWidth(String text) {
        return text.codePoints().map(point -> point >= 0x2E80 ? 2 : 1).sum();
    }
}
