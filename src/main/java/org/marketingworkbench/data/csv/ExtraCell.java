package org.marketingworkbench.data.csv;

/** A field past the last column of a long record, kept for an extra column. Row is relative to its block. */
record ExtraCell(int row, int column, String text) {
}
