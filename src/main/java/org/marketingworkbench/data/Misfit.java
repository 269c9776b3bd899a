package org.marketingworkbench.data;

/**
 * One cell that did not fit its column's type; the table holds a missing value there.
 *
 * @param row  the 0-based row of the table
 * @param line where the cell is in the file: the 1-based line of a text file, the row number of
 *             a spreadsheet, the record number of a JSON file
 * @param text the cell as written
 */
public record Misfit(int row, long line, String text) {
}
