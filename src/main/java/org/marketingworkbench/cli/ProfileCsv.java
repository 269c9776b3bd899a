package org.marketingworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.marketingworkbench.data.ColumnProfile;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.data.NumberSummary;
import org.marketingworkbench.data.RoleGuess;
import org.marketingworkbench.data.RoleGuesses;
import org.marketingworkbench.data.TableProfile;
import org.marketingworkbench.data.TopValues;
import org.marketingworkbench.report.CsvExporter;

/**
 * Writes {@code profile.csv}: one row per column. UTF-8 with a BOM for Excel; cells that a
 * spreadsheet would run as a formula get a leading quote. Personal-data columns get counts
 * only (no min, max, statistics or top values), so the profile can be shared.
 */
final class ProfileCsv {

    static final List<String> HEADER = List.of("name", "type", "role", "role_reason", "count", "missing",
            "missing_percent", "distinct", "min", "max", "mean", "std", "q1", "median", "q3", "skewness", "top_values");

    private ProfileCsv() {
    }

    static void write(Path file, TableProfile profile, RoleGuesses roles) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (ColumnProfile column : profile.columns()) {
            rows.add(row(column, roles.get(column.name())));
        }
        CsvExporter.withDefaults().writeRows(HEADER, rows, file);
    }

    /** One column's line; numbers stay numbers, so the exporter writes them unguarded. */
    static List<Object> row(ColumnProfile column, RoleGuess role) {
        boolean personal = role.role() == ColumnRole.PERSONAL;
        NumberSummary numbers = column.numbers();
        List<Object> cells = new ArrayList<>(HEADER.size());
        cells.add(column.name());
        cells.add(column.type().id());
        cells.add(role.role().name().toLowerCase(Locale.ROOT));
        cells.add(role.reason());
        cells.add(column.count());
        cells.add(column.missing());
        cells.add(finite(column.missingPercent()));
        cells.add(column.distinct());
        cells.add(personal ? null : min(column));
        cells.add(personal ? null : max(column));
        // A median or quartile of phone numbers is somebody's phone number: personal columns show counts only.
        List<Double> statistics = numbers == null || personal ? Collections.nCopies(6, Double.NaN)
                : List.of(numbers.mean(), numbers.std(), numbers.q1(), numbers.median(), numbers.q3(),
                        numbers.skewness());
        statistics.forEach(statistic -> cells.add(finite(statistic)));
        cells.add(personal || column.topValues() == null ? null : topValues(column.topValues()));
        return cells;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static Object min(ColumnProfile column) {
        if (column.numbers() != null) {
            return finite(column.numbers().min());
        }
        return column.dates() == null ? "" : column.dates().min().toString();
    }

    private static Object max(ColumnProfile column) {
        if (column.numbers() != null) {
            return finite(column.numbers().max());
        }
        return column.dates() == null ? "" : column.dates().max().toString();
    }

    /** "blue-collar (9732); management (9458); [other] (120)". */
    private static String topValues(TopValues top) {
        String listed = top.values().stream().map(value -> value.value() + " (" + value.count() + ")")
                .collect(Collectors.joining("; "));
        return top.otherCount() == 0 ? listed : listed + "; [other] (" + top.otherCount() + ")";
    }
}
