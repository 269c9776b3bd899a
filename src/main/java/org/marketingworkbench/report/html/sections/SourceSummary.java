package org.marketingworkbench.report.html.sections;

import java.util.List;
import java.util.Map;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.DataSource;
import tech.tablesaw.api.Table;

/**
 * What the data summary says about one source: its size and how it was read, or why it could
 * not be read.
 *
 * @param name      the file name (never the full path: it may hold the user's name)
 * @param source    the loaded source, or null when it could not be loaded
 * @param problem   a translated sentence about a changed or missing file, or empty
 */
public record SourceSummary(String name, DataSource source, String problem) {

    public SourceSummary {
        problem = problem == null ? "" : problem;
    }

    public static SourceSummary loaded(DataSource source, String problem) {
        return new SourceSummary(source.name(), source, problem);
    }

    public static SourceSummary missing(String name, String problem) {
        return new SourceSummary(name, null, problem);
    }

    public boolean isLoaded() {
        return source != null;
    }

    int rows() {
        return source == null ? 0 : source.table().rowCount();
    }

    int columns() {
        return source == null ? 0 : source.table().columnCount();
    }

    String encoding() {
        return source == null || source.charset() == null ? "" : source.charset().name();
    }

    /** The separator as a reader would name it: "," ";" "tab". */
    String delimiter() {
        if (source == null || source.delimiter() == null) {
            return "";
        }
        char delimiter = source.delimiter();
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    Table table() {
        return source.table();
    }

    Map<String, ColumnType> types() {
        return source.types();
    }

    Map<String, ColumnRole> roles() {
        return source.roles();
    }

    List<String> warnings() {
        return source == null ? List.of() : source.warnings();
    }
}
