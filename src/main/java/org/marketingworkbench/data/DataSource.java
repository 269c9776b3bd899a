package org.marketingworkbench.data;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * One loaded file: where it came from, how it was read, the table, the column types and roles,
 * and the report of the load.
 *
 * @param path       the file, opened read-only
 * @param charset    the encoding used (detected or chosen)
 * @param delimiter  the field separator used, or {@code null} for spreadsheets and JSON
 * @param table      the data
 * @param types      the type of each column, by column name
 * @param roles      the role of each column, by column name
 * @param loadMillis how long loading took
 * @param warnings   what the user should know about the load (translated sentences)
 * @param report     the structured report of the load (ragged rows, misfits, renames, layout)
 */
public record DataSource(Path path, Charset charset, Character delimiter, Table table,
        Map<String, ColumnType> types, Map<String, ColumnRole> roles, long loadMillis, List<String> warnings,
        LoadReport report) {

    public DataSource {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        warnings = List.copyOf(warnings);
    }

    /** A source without a load report (for tables made in code). */
    public DataSource(Path path, Charset charset, Character delimiter, Table table, Map<String, ColumnType> types,
            Map<String, ColumnRole> roles, long loadMillis, List<String> warnings) {
        this(path, charset, delimiter, table, types, roles, loadMillis, warnings, null);
    }

    public String name() {
        return path.getFileName().toString();
    }

    /**
     * This source with {@code column} read as {@code type}. Cells that do not fit the new type
     * become missing and are listed in the new source's {@code report().misfits(column)}; cells
     * that did not fit the old type come back from the report when the new type takes them.
     */
    public DataSource withColumnType(String column, ColumnType type) {
        return ColumnRetyper.retype(this, column, type);
    }

    /** This source with other roles (the table is shared, not copied). */
    /**
     * The same source with every column's role guessed from its profile (ids, targets, items,
     * baskets, dates, personal data by header and content, constant columns to ignore).
     */
    public DataSource withGuessedRoles(org.marketingworkbench.common.Progress progress) {
        TableProfile profile = ColumnProfiler.profile(table, types, progress);
        return withRoles(RoleGuesser.guess(table, profile).roles());
    }

    public DataSource withRoles(Map<String, ColumnRole> newRoles) {
        return new DataSource(path, charset, delimiter, table, types, newRoles, loadMillis, warnings, report);
    }
}
