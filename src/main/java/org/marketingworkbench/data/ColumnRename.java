package org.marketingworkbench.data;

/**
 * A column whose name in the file was blank or taken, and the name it got instead.
 *
 * @param position the 1-based position of the column in the file
 * @param original the name in the file (blank, or the same as an earlier column's)
 * @param name     the name in the table
 */
public record ColumnRename(int position, String original, String name) {

    /** The message for the user: "Column 3 had no name; called it column_3." */
    public Notice notice() {
        return original.isBlank() ? Notice.of("data.notice.blankName", position, name)
                : Notice.of("data.notice.duplicateName", position, original, name);
    }
}
