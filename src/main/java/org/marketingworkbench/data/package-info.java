/**
 * Data sources: loading files into Tablesaw tables, their column types and roles, and the load
 * report. {@link org.marketingworkbench.data.DataLoader} is the one entry point.
 *
 * <h2>How files are read</h2>
 * <ul>
 * <li><b>Encodings.</b> A byte order mark decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8,
 * else GB18030 when it decodes cleanly and reads as Chinese, else Windows-1252 with a notice.
 * A user's choice that cannot decode the file is refused with a message that proposes the
 * encoding that can (a GBK file opened as UTF-8 proposes GB18030); the preview shows the same as
 * a notice. Non-UTF-8 text is rewritten as UTF-8 in a temporary file first, so one byte-level
 * reader serves all encodings. Input files are opened read-only, once.</li>
 * <li><b>Layout.</b> The delimiter (comma, semicolon, tab, pipe) is the one that splits the
 * first records most steadily into two or more fields; the first record is a header when a
 * typed column below does not fit it, or, with text columns only, when its names are filled,
 * distinct and never repeated below. Quoted fields follow RFC 4180; CRLF, LF and CR line ends.
 * Blank lines are skipped and counted.</li>
 * <li><b>Ragged rows</b> are never dropped: a short row is padded with missing values, the
 * fields past the last column of a long row go to extra text columns (column_N), and every such
 * row is listed in the report with its file line.</li>
 * <li><b>Types</b> are guessed from the first 5,000 records (10,000 cells of workbooks and JSON):
 * true/false, numbers (thousands separators, currency signs $ € £ ¥ ￥ 元, percentages read
 * as fractions), dates and date-times (ISO, year first with / or ., 年月日, year last with the
 * day/month order told by the data), else text. A type wins when 95% of the non-missing cells fit it. Cells that do not fit
 * (misfits) are left missing and listed with their row, line and text, so nothing is silently
 * lost and a later change to text restores them; a column where more than 5% of the whole file
 * does not fit is read again as text, with a notice. Missing markers: empty, NA, N/A, #N/A, null,
 * NaN, -, 无, 空 (any letter case). Text with at most 1,000 distinct values, and at most half as
 * many as filled cells, is a category. Codes with leading zeros stay text.</li>
 * <li><b>Column names</b> are trimmed; blank and repeated names are renamed (column_3, name_2)
 * and reported. Without a header, columns are named by their 0-based index.</li>
 * <li><b>Workbooks</b> (.xlsx, .xls): the stored cell values are read (dates as dates, 50% as
 * 0.5). A header with merged group cells over sub-headers spans two rows and gives dotted names
 * (Sales.Q1); merged cells in the data give their value to every cell they cover.</li>
 * <li><b>JSON</b>: an array of objects or JSON Lines; nested objects give dotted names, arrays
 * are kept as JSON text.</li>
 * </ul>
 */
package org.marketingworkbench.data;
