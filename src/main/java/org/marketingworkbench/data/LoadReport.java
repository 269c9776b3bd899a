package org.marketingworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What happened while a file was loaded, for the Data page and the CLI: how it was read, the
 * rows with too few or too many fields, the cells that did not fit their column's type, the
 * columns that had to be renamed, and other notices.
 *
 * @param layout         how the file was read and what was detected
 * @param rows           rows in the table
 * @param columns        columns in the table
 * @param raggedRowCount records with more or fewer fields than the columns
 * @param raggedRows     the first of them (up to 1000 per block of the file)
 * @param misfits        the columns with cells that did not fit, in column order
 * @param renamedColumns columns whose name in the file was blank or taken
 * @param notices        everything the user should read, in a sensible order
 */
public record LoadReport(Layout layout, int rows, int columns, int raggedRowCount, List<RaggedRow> raggedRows,
        List<ColumnMisfits> misfits, List<ColumnRename> renamedColumns, List<Notice> notices) {

    public LoadReport {
        raggedRows = List.copyOf(raggedRows);
        misfits = List.copyOf(misfits);
        renamedColumns = List.copyOf(renamedColumns);
        notices = List.copyOf(notices);
    }

    /** The notices as sentences in the current language. */
    public List<String> messages() {
        return notices.stream().map(Notice::text).toList();
    }

    /** The misfits of one column, if it had any. */
    public Optional<ColumnMisfits> misfits(String column) {
        return misfits.stream().filter(m -> m.column().equals(column)).findFirst();
    }

    /**
     * This report after the type of {@code column} changed: its misfits are now {@code replaced}
     * (null when every cell fits), and the notices about the column's old type are dropped.
     */
    public LoadReport withColumnMisfits(String column, ColumnMisfits replaced, List<Notice> columnNotices) {
        List<ColumnMisfits> updated = new ArrayList<>();
        for (ColumnMisfits entry : misfits) {
            if (!entry.column().equals(column)) {
                updated.add(entry);
            }
        }
        if (replaced != null && replaced.count() > 0) {
            updated.add(replaced);
        }
        List<Notice> kept = new ArrayList<>();
        for (Notice notice : notices) {
            boolean aboutColumn = notice.key().startsWith("data.notice.column.")
                    && !notice.arguments().isEmpty() && column.equals(notice.arguments().get(0));
            if (!aboutColumn) {
                kept.add(notice);
            }
        }
        kept.addAll(columnNotices);
        return new LoadReport(layout, rows, columns, raggedRowCount, raggedRows, updated, renamedColumns, kept);
    }
}
