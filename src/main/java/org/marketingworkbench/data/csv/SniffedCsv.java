package org.marketingworkbench.data.csv;

import java.util.List;
import org.marketingworkbench.data.ColumnRename;
import org.marketingworkbench.data.value.ColumnPlan;

/**
 * The layout of a CSV file as read from its first bytes.
 *
 * @param delimiter         the field separator
 * @param delimiterDetected it was detected, not chosen
 * @param terminator        the byte that ends records
 * @param header            the first record holds the column names
 * @param headerDetected    that was detected, not chosen
 * @param names             the column names to use
 * @param renames           blank or repeated names that were changed
 * @param plans             how to read each column, guessed from the first records
 * @param dataStart         the offset of the first data record from the start of the text
 * @param dataStartLine     the 1-based line of the file the data starts on
 * @param bytesPerRecord    the average size of a record
 * @param dataRecords       the first data records, for the preview
 */
record SniffedCsv(byte delimiter, boolean delimiterDetected, byte terminator, boolean header, boolean headerDetected,
        List<String> names, List<ColumnRename> renames, List<ColumnPlan> plans, int dataStart, long dataStartLine,
        double bytesPerRecord, List<String[]> dataRecords) {
}
