package org.marketingworkbench.ui.data;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.marketingworkbench.data.ColumnProfile;
import org.marketingworkbench.data.NumberSummary;
import org.marketingworkbench.data.ProfileCharts;
import org.marketingworkbench.data.TopValues;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.ViewServices;

/** The figures of the inspected column and its histogram or bar chart of top values. */
final class ColumnStatsPane extends VBox {
    private final ColumnInspectorViewModel model;
    private final Label title = new Label();
    private final GridPane figures = new GridPane();
    private final ChartPane chart;
    private final ChangeListener<ColumnProfile> profileListener = (obs, old, profile) -> show(profile);

    ColumnStatsPane(ColumnInspectorViewModel model, ViewServices services) {
        super(8);
        this.model = model;
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        figures.setHgap(16);
        figures.setVgap(1);
        figures.setId("data-column-figures");
        chart = new ChartPane(services.charts(), services.theme());
        chart.setId("data-column-chart");
        chart.setMinHeight(220);
        chart.setPrefHeight(260);
        getChildren().addAll(title, figures, chart);
        model.columnProfileProperty().addListener(profileListener);
        show(model.columnProfileProperty().get());
    }

    void dispose() {
        model.columnProfileProperty().removeListener(profileListener);
        chart.dispose();
    }

    private void show(ColumnProfile profile) {
        figures.getChildren().clear();
        if (profile == null) {
            // Without a file the column list already says what to do.
            title.setText(model.profileProperty().get() == null && model.sourceProperty().get() != null
                    ? Messages.get("data.inspector.profiling") : "");
            showChart(false);
            chart.setChart(null, "column");
            return;
        }
        title.setText(profile.name());
        int line = 0;
        line = add(line, "data.stat.type", Messages.get("data.type." + profile.type().id()));
        line = add(line, "data.stat.missing", String.format(Locale.ROOT, "%,d (%.1f%%)", profile.missing(),
                profile.missingPercent()));
        line = add(line, "data.stat.distinct", String.format(Locale.ROOT, "%,d", profile.distinct()));
        NumberSummary numbers = profile.numbers();
        if (numbers != null) {
            line = add(line, "data.stat.min", number(numbers.min()));
            line = add(line, "data.stat.q1", number(numbers.q1()));
            line = add(line, "data.stat.median", number(numbers.median()));
            line = add(line, "data.stat.q3", number(numbers.q3()));
            line = add(line, "data.stat.max", number(numbers.max()));
            line = add(line, "data.stat.mean", number(numbers.mean()));
            add(line, "data.stat.std", number(numbers.std()));
        } else if (profile.dates() != null) {
            line = add(line, "data.stat.first", String.valueOf(profile.dates().min()));
            add(line, "data.stat.last", String.valueOf(profile.dates().max()));
        } else if (allDistinct(profile)) {
            add(line, "data.stat.mode", Messages.get("data.stat.allDistinct"));
        } else if (profile.topValues() != null && profile.topValues().mode() != null) {
            TopValues.ValueCount mode = profile.topValues().mode();
            add(line, "data.stat.mode", Messages.get("data.stat.modeValue", mode.value(), mode.count()));
        }
        // Bars of values that each occur once (ids, e-mails) say nothing.
        boolean drawable = profile.numbers() != null || profile.topValues() != null && !allDistinct(profile);
        showChart(drawable);
        chart.setChart(drawable ? style -> ProfileCharts.of(profile, style) : null, "column-" + profile.name());
    }

    /** Dates and empty columns have no chart: the space goes to the figures. */
    private void showChart(boolean shown) {
        chart.setVisible(shown);
        chart.setManaged(shown);
    }

    private static boolean allDistinct(ColumnProfile profile) {
        return profile.topValues() != null && profile.distinct() == profile.count();
    }

    private int add(int line, String key, String value) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("text-muted");
        Label shown = new Label(value);
        shown.setId("data-stat-" + key.substring(key.lastIndexOf('.') + 1));
        // One figure per line: in two columns the values were cut off in a 400 px panel.
        shown.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        figures.addRow(line, name, shown);
        return line + 1;
    }

    /** Up to four decimals, grouped thousands; whole numbers without decimals. */
    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%,.4f", value).replaceAll("0+$", "");
    }
}
