package org.marketingworkbench.data;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * One loaded file: where it came from, how it was read, the table and the column roles.
 *
 * @param path       the file, opened read-only
 * @param charset    the encoding used (detected or chosen)
 * @param delimiter  the field separator used, or {@code null} for spreadsheets and JSON
 * @param table      the data
 * @param types      the type of each column, by column name
 * @param roles      the role of each column, by column name
 * @param loadMillis how long loading took
 * @param warnings   what the user should know about the load (translated sentences)
 */
public record DataSource(Path path, Charset charset, Character delimiter, Table table,
        Map<String, ColumnType> types, Map<String, ColumnRole> roles, long loadMillis, List<String> warnings) {

    public DataSource {
        types = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(types));
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
        warnings = List.copyOf(warnings);
    }

    public String name() {
        return path.getFileName().toString();
    }
}
