package org.marketingworkbench.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A plain CSV writer for the generated files: RFC 4180 quoting, LF line ends, numbers without locale. */
final class CsvOut implements AutoCloseable {
    private final Writer writer;

    CsvOut(Path file, Charset charset, boolean byteOrderMark) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        writer = new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 16);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
    }

    void row(List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(quote(format(cells.get(i))));
            }
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(Object... cells) {
        row(List.of(cells));
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return value.toString();
    }

    private static String quote(String text) {
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
