package org.marketingworkbench.data;

import java.util.List;

/**
 * The first rows of a file as text, read with the detected or chosen settings, for the live
 * preview while the user changes the encoding, delimiter, header or sheet.
 *
 * @param layout  how the file was read
 * @param columns the column names (made unique, as the load will)
 * @param rows    the first rows, one string per cell, exactly as written
 * @param types   the type each column would be read as (guessed from these rows)
 * @param sheets  the sheet names of a workbook, else empty
 * @param notices what the user should know, for example a better encoding
 */
public record DataPreview(Layout layout, List<String> columns, List<List<String>> rows, List<ColumnType> types,
        List<String> sheets, List<Notice> notices) {

    public DataPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        types = List.copyOf(types);
        sheets = List.copyOf(sheets);
        notices = List.copyOf(notices);
    }
}
