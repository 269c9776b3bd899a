package org.marketingworkbench.data.csv;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.data.Notice;
import org.marketingworkbench.data.RaggedRow;

/** Says how many records were short or long, where the first one is, and what was done about them. */
final class RaggedNotices {

    private RaggedNotices() {
    }

    /**
     * @param kept the first ragged rows, in file order (with file lines)
     */
    static List<Notice> of(List<RaggedRow> kept, int shortRows, int longRows, int columns, List<String> extraColumns) {
        List<Notice> notices = new ArrayList<>();
        if (shortRows > 0) {
            notices.add(Notice.of("data.notice.shortRows", shortRows, columns, firstLine(kept, true)));
        }
        if (longRows > 0) {
            notices.add(Notice.of("data.notice.longRows", longRows, columns, firstLine(kept, false)));
        }
        if (!extraColumns.isEmpty()) {
            notices.add(Notice.of("data.notice.extraColumns", String.join(", ", extraColumns)));
        }
        return notices;
    }

    /** The line of the first kept short (or long) row; kept rows are the first of each block, so it is the first. */
    private static long firstLine(List<RaggedRow> kept, boolean shortRow) {
        for (RaggedRow row : kept) {
            if ((row.fields() < row.expected()) == shortRow) {
                return row.line();
            }
        }
        return kept.isEmpty() ? 0 : kept.get(0).line();
    }
}
