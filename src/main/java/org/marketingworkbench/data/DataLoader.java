package org.marketingworkbench.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.CancelledException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.csv.CsvLoader;
import org.marketingworkbench.data.csv.FileChangedException;
import org.marketingworkbench.data.excel.WorkbookLoader;
import org.marketingworkbench.data.json.JsonLoader;

/**
 * Opens a data file into a {@link DataSource}. The one entry point every page, the CLI and the
 * tests use to read data: delimited text, Excel workbooks and JSON, with the encoding, layout
 * and column types detected unless the {@link LoadOptions} say otherwise. Problems with the
 * file come out as a {@link BadInputException} with one sentence that says what to do.
 */
public final class DataLoader {

    private DataLoader() {
    }

    /**
     * Starts Tablesaw's one-time set-up (a scan of the class path, up to a second or more in a
     * fresh process) on a background thread. The application calls this at start-up so that the
     * user's first load does not wait for it; loading calls it too, to overlap it with parsing.
     */
    public static void prepare() {
        TablesawWarmUp.start();
    }

    public static DataSource load(Path path, LoadOptions options, Progress reported) {
        long start = System.nanoTime();
        requireFile(path);
        Progress progress = ByteProgress.of(reported, sizeOf(path));
        prepare();
        LoadedTable loaded = read(path, () -> switch (FileFormat.of(path)) {
            case TEXT -> new CsvLoader().load(path, options, progress);
            case WORKBOOK -> new WorkbookLoader().load(path, options, progress);
            case JSON -> new JsonLoader().load(path, options, progress);
        });
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        for (String name : loaded.table().columnNames()) {
            roles.put(name, ColumnRole.FEATURE);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LoadReport report = loaded.report();
        return new DataSource(path, report.layout().charset(), report.layout().delimiter(), loaded.table(),
                loaded.types(), roles, millis, report.messages(), report);
    }

    /** The first {@code rows} rows as text with the detected or chosen settings, for a live preview. */
    public static DataPreview preview(Path path, LoadOptions options, int rows) {
        requireFile(path);
        return read(path, () -> switch (FileFormat.of(path)) {
            case TEXT -> new CsvLoader().preview(path, options, rows);
            case WORKBOOK -> new WorkbookLoader().preview(path, options, rows);
            case JSON -> new JsonLoader().preview(path, options, rows);
        });
    }

    /** The sheet names of a workbook, in workbook order; empty for other files. */
    public static List<String> sheetNames(Path path) {
        requireFile(path);
        if (FileFormat.of(path) != FileFormat.WORKBOOK) {
            return List.of();
        }
        return read(path, () -> new WorkbookLoader().sheetNames(path));
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void requireFile(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("data.error.notFound", path);
        }
    }

    /** Reading work that may fail with an I/O error. */
    @FunctionalInterface
    private interface Reading<T> {
        T run() throws IOException;
    }

    private static <T> T read(Path path, Reading<T> reading) {
        String name = path.getFileName().toString();
        try {
            return reading.run();
        } catch (BadInputException | CancelledException e) {
            throw e;
        } catch (FileChangedException e) {
            throw new BadInputException(e, "data.error.changed", name);
        } catch (NoSuchFileException e) {
            throw new BadInputException(e, "error.fileMissing", name);
        } catch (AccessDeniedException e) {
            throw new BadInputException(e, "error.accessDenied", name);
        } catch (IOException e) {
            throw new BadInputException(e, "data.error.unreadable", name, String.valueOf(e.getMessage()));
        } catch (OutOfMemoryError e) {
            throw new BadInputException(e, "error.outOfMemory");
        }
    }
}
