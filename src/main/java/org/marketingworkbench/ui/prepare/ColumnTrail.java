package org.marketingworkbench.ui.prepare;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.prepare.StepReport;

/** The columns a step sees, replayed from the input's columns and the reports of the steps before it. */
final class ColumnTrail {

    private ColumnTrail() {
    }

    static List<String> before(List<String> inputColumns, List<StepItem> items, int index) {
        List<String> columns = new ArrayList<>(inputColumns);
        for (int i = 0; i < Math.min(index, items.size()); i++) {
            StepReport report = items.get(i).report();
            if (report == null) {
                break;
            }
            columns.removeAll(report.columnsRemoved());
            report.columnsRenamed().forEach((from, to) -> columns.replaceAll(name -> name.equals(from) ? to : name));
            report.columnsAdded().stream().filter(name -> !columns.contains(name)).forEach(columns::add);
        }
        return columns;
    }
}
