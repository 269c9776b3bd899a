package org.marketingworkbench.data;

import java.nio.charset.Charset;

/**
 * How a file was read, and which of it was detected rather than chosen by the user.
 *
 * @param format            text, workbook or JSON
 * @param charset           the text encoding (UTF-8 for workbooks and JSON)
 * @param charsetDetected   the encoding was detected
 * @param delimiter         the field separator, or null for workbooks and JSON
 * @param delimiterDetected the separator was detected
 * @param header            the first row held the column names
 * @param headerDetected    that was detected
 * @param sheet             the workbook sheet read, or null
 */
public record Layout(FileFormat format, Charset charset, boolean charsetDetected, Character delimiter,
        boolean delimiterDetected, boolean header, boolean headerDetected, String sheet) {
}
