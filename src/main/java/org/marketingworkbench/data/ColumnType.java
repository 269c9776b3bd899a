package org.marketingworkbench.data;

/** The kind of values a column holds, as the user sees it (Data page, profile CSV, CLI). */
public enum ColumnType {
    INTEGER, DECIMAL, TEXT, CATEGORY, DATE, DATE_TIME, BOOLEAN;

    /** The lower-case name used in files and JSON ("date_time"). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
