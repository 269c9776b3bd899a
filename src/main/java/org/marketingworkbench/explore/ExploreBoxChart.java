package org.marketingworkbench.explore;

import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.chart.Palette;
import org.marketingworkbench.i18n.Messages;

/**
 * Box plots from {@link BoxStats}: box from q1 to q3, median line, whiskers at the
 * last values within 1.5 IQR, every listed outlier as a dot (JFreeChart's "far out" triangles are
 * not used: the statistics already decided what is an outlier).
 */
final class ExploreBoxChart {
    /** Boxes drawn; with more groups the largest are kept and the title says so. */
    static final int MAX_BOXES = 30;

    private ExploreBoxChart() {
    }

    static JFreeChart create(String valueColumn, String groupColumn, List<BoxStats> boxes, ChartStyle style) {
        List<BoxStats> shown = boxes.size() <= MAX_BOXES ? boxes : boxes.stream()
                .sorted(Comparator.comparingLong(BoxStats::count).reversed()).limit(MAX_BOXES)
                .sorted(Comparator.comparingInt(boxes::indexOf)).toList();
        DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
        for (BoxStats box : shown) {
            double lowest = box.outliers().isEmpty() ? box.lowerWhisker() : Math.min(box.lowerWhisker(), box.outliers().get(0));
            double highest = box.outliers().isEmpty() ? box.upperWhisker()
                    : Math.max(box.upperWhisker(), box.outliers().get(box.outliers().size() - 1));
            dataset.add(new BoxAndWhiskerItem(box.mean(), box.median(), box.q1(), box.q3(), box.lowerWhisker(),
                    box.upperWhisker(), lowest, highest, box.outliers()), valueColumn,
                    box.group().isEmpty() ? valueColumn : box.group());
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setMaximumBarWidth(0.12);
        // the mean marker is a disc as wide as the box and hides a squashed box; the mean is in the exported table
        renderer.setMeanVisible(false);
        renderer.setWhiskerWidth(0.6);
        renderer.setUseOutlinePaintForWhiskers(false);
        renderer.setMinOutlierVisible(false);
        renderer.setMaxOutlierVisible(false);
        CategoryAxis groups = new CategoryAxis(groupColumn == null || groupColumn.isEmpty() ? null : groupColumn);
        if (shown.size() > 8) {
            groups.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = new NumberAxis(valueColumn);
        values.setAutoRangeIncludesZero(false);
        // JFreeChart sizes the axis to the whiskers and pins farther outliers to its edge; show them where they are
        double low = shown.stream().mapToDouble(box -> box.outliers().isEmpty() ? box.lowerWhisker()
                : Math.min(box.lowerWhisker(), box.outliers().get(0))).min().orElse(0);
        double high = shown.stream().mapToDouble(box -> box.outliers().isEmpty() ? box.upperWhisker()
                : Math.max(box.upperWhisker(), box.outliers().get(box.outliers().size() - 1))).max().orElse(1);
        double margin = high > low ? 0.05 * (high - low) : 0.5;
        values.setRange(low - margin, high + margin);
        CategoryPlot plot = new CategoryPlot(dataset, groups, values, renderer);
        String title = groupColumn == null || groupColumn.isEmpty() ? Messages.get("explore.chart.box", valueColumn)
                : Messages.get("explore.chart.boxByGroup", valueColumn, groupColumn);
        if (shown.size() < boxes.size()) {
            title += " " + Messages.get("explore.chart.largestGroups", shown.size(), boxes.size());
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        if (shown.stream().anyMatch(BoxStats::outliersSampled)) {
            chart.addSubtitle(new TextTitle(Messages.get("explore.chart.outliersSampled", BoxPlots.MAX_OUTLIERS)));
        }
        style.apply(chart);
        // after the theme, which clears series paints
        renderer.setSeriesPaint(0, Palette.category(0));
        renderer.setSeriesOutlinePaint(0, style.text());
        renderer.setArtifactPaint(style.text());
        return chart;
    }
}
