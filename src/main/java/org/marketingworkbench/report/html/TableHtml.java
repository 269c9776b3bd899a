package org.marketingworkbench.report.html;

import java.util.List;
import java.util.Set;
import org.marketingworkbench.report.Pseudonymizer;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as an HTML table: header repeated on every printed page, numbers right
 * aligned, every cell escaped, personal-data columns replaced by their pseudonym.
 */
final class TableHtml {
    /** Tables with more columns than this get smaller type in print, so they fit the page. */
    static final int WIDE_COLUMNS = 8;

    private final Pseudonymizer pseudonymizer;
    private final Set<String> personalColumns;
    private final CellText cells = new CellText();

    /** {@code pseudonymizer} is null when the table has no personal columns. */
    TableHtml(Pseudonymizer pseudonymizer, Set<String> personalColumns) {
        this.pseudonymizer = pseudonymizer;
        this.personalColumns = personalColumns;
    }

    void write(Table table, int maxRows, StringBuilder html) {
        List<Column<?>> columns = table.columns();
        boolean[] numeric = new boolean[columns.size()];
        boolean[] personal = new boolean[columns.size()];
        html.append("<div class=\"table-scroll\"><table class=\"")
                .append(columns.size() > WIDE_COLUMNS ? "data wide" : "data").append("\">\n<thead><tr>");
        for (int c = 0; c < columns.size(); c++) {
            Column<?> column = columns.get(c);
            personal[c] = pseudonymizer != null && personalColumns.contains(column.name());
            numeric[c] = CellText.isNumeric(column) && !personal[c];
            html.append(numeric[c] ? "<th class=\"num\">" : "<th>").append(header(column.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        int rows = Math.min(maxRows, table.rowCount());
        for (int row = 0; row < rows; row++) {
            html.append("<tr>");
            for (int c = 0; c < columns.size(); c++) {
                String text = cells.format(columns.get(c), row);
                if (personal[c]) {
                    text = pseudonymizer.pseudonym(text);
                }
                html.append(numeric[c] ? "<td class=\"num\">" : "<td>").append(Html.escape(text)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    /** The escaped column name with break opportunities after underscores (conversion_rate), for narrow printed columns. */
    private static String header(String name) {
        return Html.escape(name).replace("_", "_<wbr />");
    }
}
