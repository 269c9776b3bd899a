package org.marketingworkbench.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.marketingworkbench.common.AtomicFiles;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes tables as CSV the way DESIGN.md section 6 asks: atomically, UTF-8 with a BOM by
 * default, RFC 4180 quoting, text cells guarded against formula injection, personal-data
 * columns pseudonymised. Every CSV the workbench writes goes through here.
 */
public final class CsvExporter {
    private final CsvExportOptions options;
    private final Pseudonymizer pseudonymizer;

    public CsvExporter(CsvExportOptions options) {
        this.options = options;
        this.pseudonymizer = options.personalColumns().isEmpty() ? null : new Pseudonymizer(options.salt());
    }

    public static CsvExporter withDefaults() {
        return new CsvExporter(CsvExportOptions.defaults());
    }

    /** Writes a Tablesaw table; missing values are written as empty cells. */
    public void write(Table table, Path file) throws IOException {
        List<Column<?>> columns = table.columns();
        AtomicFiles.write(file, out -> {
            Writer writer = open(out);
            writeRow(writer, table.columnNames().stream().map(FormulaGuard::guard).toList());
            String[] cells = new String[columns.size()];
            for (int row = 0; row < table.rowCount(); row++) {
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = cell(columns.get(c), row);
                }
                writeRow(writer, List.of(cells));
            }
            writer.flush();
        });
    }

    /**
     * Writes rows of values under {@code header}: numbers in full precision without locale,
     * anything else as text (guarded, and pseudonymised in a personal-data column); null is empty.
     */
    public void writeRows(List<String> header, List<? extends List<?>> rows, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = open(out);
            writeRow(writer, header.stream().map(this::guardText).toList());
            for (List<?> row : rows) {
                String[] cells = new String[row.size()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = value(c < header.size() ? header.get(c) : "", row.get(c));
                }
                writeRow(writer, List.of(cells));
            }
            writer.flush();
        });
    }

    private String value(String columnName, Object value) {
        if (value == null) {
            return "";
        }
        String number;
        if (value instanceof Double || value instanceof Float) {
            double decimal = ((Number) value).doubleValue();
            if (Double.isNaN(decimal)) {
                return "";
            }
            number = Double.isInfinite(decimal) ? (decimal > 0 ? "inf" : "-inf") : formatDecimal(decimal);
        } else if (value instanceof Number whole) {
            number = whole.toString();
        } else {
            return textCell(columnName, value.toString());
        }
        // a phone number given as a number is still personal
        return isPersonal(columnName) ? pseudonymizer.pseudonym(number) : number;
    }

    private boolean isPersonal(String columnName) {
        return pseudonymizer != null && options.personalColumns().contains(columnName);
    }

    private Writer open(java.io.OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, options.encoding().charset()), 1 << 16);
        if (options.encoding().byteOrderMark()) {
            writer.write('\uFEFF');
        }
        return writer;
    }

    private String cell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (isPersonal(column.name())) {
            // whatever the type: a phone number read as a number is still personal
            return pseudonymizer.pseudonym(column.getString(row));
        }
        if (column instanceof NumericColumn<?> numbers && isDecimal(column.type())) {
            return formatDecimal(numbers.getDouble(row));
        }
        String text = column.getString(row);
        if (isNumeric(column.type())) {
            return text;
        }
        return textCell(column.name(), text);
    }

    private String textCell(String columnName, String text) {
        if (text == null) {
            return "";
        }
        if (isPersonal(columnName)) {
            return pseudonymizer.pseudonym(text);
        }
        return guardText(text);
    }

    private String guardText(String text) {
        return options.guardFormulas() ? FormulaGuard.guard(text) : text;
    }

    /** Full precision, no locale, no thousands separators: 3 for 3.0, -12.5, 1.0E-7. */
    static String formatDecimal(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static boolean isDecimal(ColumnType type) {
        return type == ColumnType.DOUBLE || type == ColumnType.FLOAT;
    }

    private static boolean isNumeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT
                || type == ColumnType.DOUBLE || type == ColumnType.FLOAT;
    }

    private static void writeRow(Writer writer, List<String> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                writer.write(',');
            }
            writer.write(quote(cells.get(c)));
        }
        writer.write("\r\n");
    }

    /** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
    static String quote(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        boolean needsQuotes = false;
        for (int i = 0; i < text.length() && !needsQuotes; i++) {
            char c = text.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
