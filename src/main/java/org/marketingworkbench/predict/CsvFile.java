package org.marketingworkbench.predict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.marketingworkbench.report.CsvExporter;

/** Writes the predict outputs through the shared exporter (BOM, formula guard, full-precision numbers). */
public final class CsvFile {

    private CsvFile() {
    }

    /** Writes a header and rows; numbers stay numbers, text is guarded and quoted when needed. */
    public static void write(Path path, List<String> header, List<List<Object>> rows) throws IOException {
        CsvExporter.withDefaults().writeRows(header, rows, path);
    }
}
