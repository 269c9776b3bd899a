package org.marketingworkbench.ui.report;

import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.workspace.InputTable;

/** How a section names the table a page read, the same way the report command names it. */
final class ReportInputs {

    private ReportInputs() {
    }

    /** "prepared data" for the recipe's table, else the file's label; "" while nothing is chosen. */
    static String name(InputTable input) {
        if (input == null) {
            return "";
        }
        return input.prepared() ? Messages.get("report.preparedData") : input.label();
    }
}
