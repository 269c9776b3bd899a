package org.marketingworkbench.data;

/**
 * A record with more or fewer fields than the table has columns. Short rows are padded with
 * missing values; the fields of long rows are kept in extra columns.
 *
 * @param row      the 0-based row of the table
 * @param line     the 1-based line of the file the record starts on
 * @param fields   how many fields the record has
 * @param expected how many the header (or the widest early record) has
 */
public record RaggedRow(int row, long line, int fields, int expected) {
}
