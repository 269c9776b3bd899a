package org.marketingworkbench.ui.chart;

import java.io.ByteArrayInputStream;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.chart.ChartStyle;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.theme.Theme;

/**
 * A chart in a page, with "Export PNG" (preset sizes), "Export SVG" and "Copy". The chart is
 * built by a function of the style, so a theme switch redraws it and exports use the light style.
 */
public final class ChartPane extends BorderPane {
    private final ChartViewer viewer = new ChartViewer(null);
    private final javafx.scene.control.Label empty = new javafx.scene.control.Label(Messages.get("chart.none"));
    private final ChartExportService exports;
    private final ObservableValue<Theme> theme;
    private final ChangeListener<Theme> themeListener = (obs, old, value) -> redraw();
    private Function<ChartStyle, JFreeChart> factory;
    private String name = "chart";

    public ChartPane(ChartExportService exports, ObservableValue<Theme> theme) {
        this.exports = exports;
        this.theme = theme;
        getStyleClass().add("chart-pane");
        setCenter(empty);
        setTop(toolbar());
        theme.addListener(themeListener);
    }

    /** Shows the chart built by {@code chart}; {@code fileName} is the suggested export name. */
    public void setChart(Function<ChartStyle, JFreeChart> chart, String fileName) {
        this.factory = chart;
        this.name = fileName;
        redraw();
    }

    public ChartViewer viewer() {
        return viewer;
    }

    /** The chart shown now, for mouse handling. */
    public JFreeChart chart() {
        return viewer.getChart();
    }

    /** Stops following the theme (when the page is left). */
    public void dispose() {
        theme.removeListener(themeListener);
    }

    private void redraw() {
        getTop().setVisible(factory != null);
        if (factory == null) {
            setCenter(empty);
            return;
        }
        viewer.setChart(factory.apply(theme.getValue() == Theme.DARK ? ChartStyle.DARK : ChartStyle.LIGHT));
        setCenter(viewer);
    }

    private HBox toolbar() {
        MenuButton png = new MenuButton(Messages.get("chart.png"), new FontIcon(Feather.IMAGE));
        for (ChartExportService.PngSize size : ChartExportService.PNG_SIZES) {
            MenuItem item = new MenuItem(Messages.get("chart.pngSize", size.width(), size.height(), size.scale()));
            item.setOnAction(event -> exports.exportPng(factory, name, size));
            png.getItems().add(item);
        }
        png.getStyleClass().addAll("flat", "small");
        png.setTooltip(new Tooltip(Messages.get("chart.exportPng")));
        Button svg = new Button(Messages.get("chart.svg"), new FontIcon(Feather.DOWNLOAD));
        svg.getStyleClass().addAll("flat", "small");
        svg.setTooltip(new Tooltip(Messages.get("chart.exportSvg")));
        svg.setOnAction(event -> exports.exportSvg(factory, name, (int) Math.max(640, viewer.getWidth()),
                (int) Math.max(400, viewer.getHeight())));
        Button copy = new Button(Messages.get("chart.copy"), new FontIcon(Feather.COPY));
        copy.getStyleClass().addAll("flat", "small");
        copy.setTooltip(new Tooltip(Messages.get("chart.copyHint")));
        copy.setOnAction(event -> exports.renderPng(factory, (int) Math.max(640, viewer.getWidth()),
                (int) Math.max(400, viewer.getHeight()), bytes -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(new Image(new ByteArrayInputStream(bytes)));
                    Clipboard.getSystemClipboard().setContent(content);
                }));
        HBox bar = new HBox(4, png, svg, copy);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("chart-toolbar");
        return bar;
    }
}
