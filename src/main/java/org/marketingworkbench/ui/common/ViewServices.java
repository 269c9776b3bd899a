package org.marketingworkbench.ui.common;

import javafx.beans.value.ObservableValue;
import org.marketingworkbench.ui.chart.ChartExportService;
import org.marketingworkbench.ui.table.TableExportService;
import org.marketingworkbench.ui.theme.Theme;

/** What every page's view needs besides its view-model: the export services and the current theme. */
public record ViewServices(ChartExportService charts, TableExportService tables, ObservableValue<Theme> theme) {
}
