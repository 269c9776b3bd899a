package org.marketingworkbench.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marketingworkbench.data.ColumnProfile;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.data.NumberSummary;
import org.marketingworkbench.data.RoleGuess;
import org.marketingworkbench.data.RoleGuesses;
import org.marketingworkbench.data.TableProfile;
import org.marketingworkbench.data.TopValues;

/**
 * Writes {@code profile.csv}: one row per column. UTF-8 with a BOM for Excel; cells that a
 * spreadsheet would run as a formula get a leading quote. Personal-data columns get counts
 * only (no min, max, statistics or top values), so the profile can be shared. Kept apart so
 * the shared exporter can replace it.
 */
final class ProfileCsv {

    static final List<String> HEADER = List.of("name", "type", "role", "role_reason", "count", "missing",
            "missing_percent", "distinct", "min", "max", "mean", "std", "q1", "median", "q3", "skewness", "top_values");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private ProfileCsv() {
    }

    static void write(Path file, TableProfile profile, RoleGuesses roles) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            writeRow(out, HEADER);
            for (ColumnProfile column : profile.columns()) {
                writeRow(out, row(column, roles.get(column.name())));
            }
        }
    }

    static List<String> row(ColumnProfile column, RoleGuess role) {
        boolean personal = role.role() == ColumnRole.PERSONAL;
        NumberSummary numbers = column.numbers();
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(column.name());
        cells.add(column.type().id());
        cells.add(role.role().name().toLowerCase(Locale.ROOT));
        cells.add(role.reason());
        cells.add(Integer.toString(column.count()));
        cells.add(Integer.toString(column.missing()));
        cells.add(number(column.missingPercent()));
        cells.add(Integer.toString(column.distinct()));
        cells.add(personal ? "" : min(column));
        cells.add(personal ? "" : max(column));
        // A median or quartile of phone numbers is somebody's phone number: personal columns show counts only.
        List<Double> statistics = numbers == null || personal ? Collections.nCopies(6, Double.NaN)
                : List.of(numbers.mean(), numbers.std(), numbers.q1(), numbers.median(), numbers.q3(),
                        numbers.skewness());
        statistics.forEach(statistic -> cells.add(number(statistic)));
        cells.add(personal || column.topValues() == null ? "" : topValues(column.topValues()));
        return cells;
    }

    private static String min(ColumnProfile column) {
        if (column.numbers() != null) {
            return number(column.numbers().min());
        }
        return column.dates() == null ? "" : column.dates().min().toString();
    }

    private static String max(ColumnProfile column) {
        if (column.numbers() != null) {
            return number(column.numbers().max());
        }
        return column.dates() == null ? "" : column.dates().max().toString();
    }

    /** "blue-collar (9732); management (9458); [other] (120)". */
    private static String topValues(TopValues top) {
        String listed = top.values().stream().map(value -> value.value() + " (" + value.count() + ")")
                .collect(Collectors.joining("; "));
        return top.otherCount() == 0 ? listed : listed + "; [other] (" + top.otherCount() + ")";
    }

    /** Plain decimal notation, whole numbers without ".0", nothing for undefined values. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Guards against formula injection, then quotes as RFC 4180 asks. */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** Negative numbers start with "-" but are no formula; guarding them would turn them into text. */
    private static boolean isNumber(String text) {
        return PLAIN_NUMBER.matcher(text).matches();
    }
}
