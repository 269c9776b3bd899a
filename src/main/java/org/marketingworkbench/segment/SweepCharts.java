package org.marketingworkbench.segment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.chart.Palette;
import org.marketingworkbench.i18n.Messages;

/**
 * The four k-sweep charts of the "Choosing k" view and the report: J with its elbow, silhouette,
 * Calinski-Harabasz and Davies-Bouldin, each a line with points over k, the suggested k marked
 * and the k shown on the page shaded.
 */
public final class SweepCharts {
    private static final Color SUGGESTED = Palette.category(5);
    private static final Color SHOWN = new Color(0x80, 0x80, 0x80, 48);

    private SweepCharts() {
    }

    /** Inertia J over k, the elbow marked. */
    public static JFreeChart inertia(KSweepResult sweep, int shownK, ChartStyle style) {
        JFreeChart chart = line(sweep, Messages.get("segment.chart.inertia"), Messages.get("segment.chart.inertiaAxis"),
                SweepPoint::inertia, shownK, null, style);
        sweep.suggestion().elbow().ifPresent(elbow -> {
            ValueMarker marker = marker(elbow, Messages.get("segment.chart.elbow"), style.text(), style);
            marker.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {4, 4}, 0));
            // the suggested k is labelled at the top right of its line: the elbow's label goes a line lower,
            // and to the left when the suggested k is not on that side
            marker.setLabelOffset(new RectangleInsets(20, 3, 3, 3));
            if (elbow <= sweep.suggestedK()) {
                marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            }
            chart.getXYPlot().addDomainMarker(marker);
        });
        return chart;
    }

    /** Mean silhouette over k; the subtitle says when it was computed on a sample. */
    public static JFreeChart silhouette(KSweepResult sweep, int shownK, ChartStyle style) {
        String note = sweep.silhouetteExact() ? null
                : Messages.get("segment.chart.silhouetteSample", sweep.silhouetteSampleSize(), sweep.rows());
        return line(sweep, Messages.get("segment.chart.silhouette"), Messages.get("segment.chart.silhouetteAxis"),
                SweepPoint::silhouette, shownK, note, style);
    }

    public static JFreeChart calinskiHarabasz(KSweepResult sweep, int shownK, ChartStyle style) {
        return line(sweep, Messages.get("segment.chart.calinskiHarabasz"), Messages.get("segment.chart.indexAxis"),
                SweepPoint::calinskiHarabasz, shownK, null, style);
    }

    public static JFreeChart daviesBouldin(KSweepResult sweep, int shownK, ChartStyle style) {
        return line(sweep, Messages.get("segment.chart.daviesBouldin"), Messages.get("segment.chart.indexAxis"),
                SweepPoint::daviesBouldin, shownK, null, style);
    }

    private static JFreeChart line(KSweepResult sweep, String title, String valueLabel,
            ToDoubleFunction<SweepPoint> value, int shownK, String note, ChartStyle style) {
        XYSeries values = new XYSeries(title);
        XYSeries suggested = new XYSeries(Messages.get("segment.chart.suggested"));
        for (SweepPoint point : sweep.points()) {
            double y = value.applyAsDouble(point);
            Double shown = Double.isFinite(y) ? y : null;
            values.add(point.k(), shown);
            if (point.k() == sweep.suggestedK() && shown != null) {
                suggested.add(point.k(), shown);
            }
        }
        XYSeriesCollection dataset = new XYSeriesCollection(values);
        dataset.addSeries(suggested);
        NumberAxis kAxis = new NumberAxis(Messages.get("segment.chart.kAxis"));
        kAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        int first = sweep.points().get(0).k();
        int last = sweep.points().get(sweep.points().size() - 1).k();
        kAxis.setRange(first - 0.5, last + 0.5);
        NumberAxis valueAxis = new NumberAxis(valueLabel);
        valueAxis.setAutoRangeIncludesZero(false);
        // room above the highest point for the marker labels
        valueAxis.setUpperMargin(0.18);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(dataset, kAxis, valueAxis, renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        if (note != null) {
            chart.addSubtitle(new TextTitle(note));
        }
        style.apply(chart);
        chart.getTitle().setFont(new Font(ChartStyle.FONT, Font.BOLD, 13));
        renderer.setSeriesPaint(0, Palette.category(0));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-6.5, -6.5, 13, 13));
        renderer.setSeriesPaint(1, SUGGESTED);
        if (shownK > 0) {
            IntervalMarker band = new IntervalMarker(shownK - 0.35, shownK + 0.35, SHOWN);
            if (shownK != sweep.suggestedK()) {
                band.setLabel(Messages.get("segment.chart.shown"));
                band.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 11));
                band.setLabelPaint(style.text());
                band.setLabelBackgroundColor(labelBackground(style));
                band.setLabelAnchor(RectangleAnchor.BOTTOM);
                band.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
            }
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        plot.addDomainMarker(marker(sweep.suggestedK(), Messages.get("segment.chart.suggestedK", sweep.suggestedK()),
                SUGGESTED, style));
        return chart;
    }

    private static ValueMarker marker(int k, String label, Color colour, ChartStyle style) {
        ValueMarker marker = new ValueMarker(k, colour, new BasicStroke(1.2f));
        marker.setLabel(label);
        marker.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 11));
        marker.setLabelPaint(style.text());
        marker.setLabelBackgroundColor(labelBackground(style));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return marker;
    }

    /** The chart background, slightly see-through, so a label stays readable over a line. */
    private static Color labelBackground(ChartStyle style) {
        Color background = style.background();
        return new Color(background.getRed(), background.getGreen(), background.getBlue(), 210);
    }
}
