package org.marketingworkbench.ui.basket;

import java.awt.geom.Rectangle2D;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.marketingworkbench.basket.AssociationRule;
import org.marketingworkbench.basket.BasketCharts;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.ViewServices;

/** The support x confidence scatter of the rules shown, coloured by lift; a click chooses the nearest rule. */
final class BasketScatterPane extends BorderPane {
    /** A click further than this from every point (in pixels) chooses nothing. */
    private static final double REACH = 10;
    /** An orange that stands out on the blue points, light or dark. */
    private static final java.awt.Color MARK = new java.awt.Color(0xF0883E);
    private static final java.awt.BasicStroke MARK_LINE = new java.awt.BasicStroke(1.5f);

    private final BasketResults results;
    private final ChartPane chart;
    private final ListChangeListener<AssociationRule> rulesListener = change -> redraw();
    private final EventHandler<MouseEvent> click = this::choose;
    private final javafx.beans.value.ChangeListener<AssociationRule> selectedListener = (obs, old, rule) -> mark(rule);
    private List<AssociationRule> shown = List.of();

    BasketScatterPane(BasketResults results, ViewServices services) {
        this.results = results;
        chart = new ChartPane(services.charts(), services.theme());
        chart.setId("basket-scatter");
        Label hint = new Label(Messages.get("basket.page.scatterHint"));
        hint.getStyleClass().add("text-muted");
        setCenter(chart);
        setBottom(hint);
        chart.viewer().getCanvas().addEventHandler(MouseEvent.MOUSE_CLICKED, click);
        results.rules().addListener(rulesListener);
        results.selectedProperty().addListener(selectedListener);
        redraw();
    }

    void dispose() {
        results.rules().removeListener(rulesListener);
        results.selectedProperty().removeListener(selectedListener);
        chart.viewer().getCanvas().removeEventHandler(MouseEvent.MOUSE_CLICKED, click);
        chart.dispose();
    }

    private void redraw() {
        shown = List.copyOf(results.rules());
        List<AssociationRule> rules = shown;
        chart.setChart(results.analysisProperty().get() == null ? null : style -> BasketCharts.scatter(rules, style),
                "rules-scatter");
        mark(results.selectedProperty().get());
    }

    /** Crosshairs through the chosen rule's point. */
    private void mark(AssociationRule rule) {
        if (chart.chart() != null && chart.chart().getPlot() instanceof XYPlot plot) {
            plot.setDomainCrosshairVisible(rule != null);
            plot.setRangeCrosshairVisible(rule != null);
            plot.setDomainCrosshairPaint(MARK);
            plot.setRangeCrosshairPaint(MARK);
            plot.setDomainCrosshairStroke(MARK_LINE);
            plot.setRangeCrosshairStroke(MARK_LINE);
            plot.setDomainCrosshairLockedOnData(false);
            plot.setRangeCrosshairLockedOnData(false);
            if (rule != null) {
                plot.setDomainCrosshairValue(rule.support());
                plot.setRangeCrosshairValue(rule.confidence());
            }
        }
    }

    private void choose(MouseEvent event) {
        JFreeChart current = chart.chart();
        if (current == null || !(current.getPlot() instanceof XYPlot plot) || chart.viewer().getRenderingInfo() == null) {
            return;
        }
        Rectangle2D area = chart.viewer().getRenderingInfo().getPlotInfo().getDataArea();
        AssociationRule nearest = null;
        double best = REACH * REACH;
        for (AssociationRule rule : shown) {
            double x = plot.getDomainAxis().valueToJava2D(rule.support(), area, plot.getDomainAxisEdge());
            double y = plot.getRangeAxis().valueToJava2D(rule.confidence(), area, plot.getRangeAxisEdge());
            double distance = (x - event.getX()) * (x - event.getX()) + (y - event.getY()) * (y - event.getY());
            if (distance < best) {
                best = distance;
                nearest = rule;
            }
        }
        if (nearest != null) {
            results.selectedProperty().set(nearest);
        }
        // the chart moves its crosshairs to the click itself: put them back on the chosen rule
        mark(results.selectedProperty().get());
    }
}
