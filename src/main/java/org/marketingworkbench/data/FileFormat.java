package org.marketingworkbench.data;

import java.nio.file.Path;
import java.util.Locale;

/** The kinds of data file the workbench opens, told apart by the file name's extension. */
public enum FileFormat {
    /** Delimited text: .csv, .tsv, .txt and anything unknown. */
    TEXT,
    /** Excel workbooks, .xlsx and .xls. */
    WORKBOOK,
    /** A JSON array of objects (.json) or JSON Lines (.jsonl, .ndjson). */
    JSON;

    public static FileFormat of(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            return WORKBOOK;
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON;
        }
        return TEXT;
    }

    /** A file name without its extension, used as the table's name. */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
