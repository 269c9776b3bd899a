package org.marketingworkbench.predict;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.marketingworkbench.common.AtomicFiles;

/**
 * Writes the predict outputs as CSV: UTF-8 with a BOM (for Excel), cells that a spreadsheet
 * would run as a formula prefixed with a quote. Kept in one place so the shared exporter can
 * replace it.
 */
public final class CsvFile {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvFile() {
    }

    /** Writes a header and rows; numbers in plain notation, text quoted when needed. */
    public static void write(Path path, List<String> header, List<List<Object>> rows) throws IOException {
        AtomicFiles.write(path, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writeLine(writer, header.stream().map(Object.class::cast).toList());
            for (List<Object> row : rows) {
                writeLine(writer, row);
            }
            writer.flush();
        });
    }

    private static void writeLine(Writer writer, List<Object> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        writer.write(line.append("\r\n").toString());
    }

    static String cell(Object value) {
        if (value instanceof Double number) {
            // ten significant digits, plain notation: exact enough for any chart, readable in a spreadsheet
            return number.isInfinite() || number.isNaN() ? number.toString()
                    : new BigDecimal(number).round(new MathContext(10)).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = String.valueOf(value);
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
