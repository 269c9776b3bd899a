package org.marketingworkbench.ui.data;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.LoadReport;
import org.marketingworkbench.data.RaggedRow;
import org.marketingworkbench.i18n.Messages;

/** How the Data page writes delimiters and a load's problems. */
final class DataFormats {
    /** Ragged rows listed one by one; the notices give the total. */
    static final int RAGGED_LISTED = 20;

    private DataFormats() {
    }

    /** The delimiter's name ("comma", "tab"), the character itself when it has none, empty for none. */
    static String delimiter(Character delimiter) {
        if (delimiter == null) {
            return "";
        }
        return switch (delimiter) {
            case '\t' -> Messages.get("data.delimiter.tab");
            case ',' -> Messages.get("data.delimiter.comma");
            case ';' -> Messages.get("data.delimiter.semicolon");
            case '|' -> Messages.get("data.delimiter.pipe");
            default -> delimiter.toString();
        };
    }

    /** The translated name of a role. */
    static String role(org.marketingworkbench.data.ColumnRole role) {
        return role == null ? "" : Messages.get("data.role." + role.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Every notice of the load, then the first ragged rows with their lines in the file. */
    static List<String> problems(DataSource source) {
        List<String> lines = new ArrayList<>();
        if (source == null) {
            return lines;
        }
        LoadReport report = source.report();
        if (report == null) {
            lines.addAll(source.warnings());
            return lines;
        }
        lines.addAll(report.messages());
        List<RaggedRow> ragged = report.raggedRows();
        for (RaggedRow row : ragged.subList(0, Math.min(RAGGED_LISTED, ragged.size()))) {
            lines.add(Messages.get("data.problem.ragged", row.line(), row.fields(), row.expected()));
        }
        if (report.raggedRowCount() > RAGGED_LISTED) {
            lines.add(Messages.get("data.problem.moreRagged", report.raggedRowCount() - RAGGED_LISTED));
        }
        return lines;
    }
}
