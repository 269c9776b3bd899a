package org.marketingworkbench.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Opens a data file into a {@link DataSource}. The one entry point every page, the CLI and the
 * tests use to read data.
 */
public final class DataLoader {

    private DataLoader() {
    }

    public static DataSource load(Path path, LoadOptions options, Progress progress) {
        long start = System.nanoTime();
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("data.error.notFound", path);
        }
        try {
            char delimiter = options.delimiter().orElse(',');
            CsvReadOptions read = CsvReadOptions.builder(path.toFile())
                    .separator(delimiter)
                    .header(options.header().orElse(true))
                    .build();
            Table table = Table.read().usingOptions(read);
            Map<String, ColumnRole> roles = new LinkedHashMap<>();
            Map<String, org.marketingworkbench.data.ColumnType> types = new LinkedHashMap<>();
            for (Column<?> column : table.columns()) {
                roles.put(column.name(), ColumnRole.FEATURE);
                types.put(column.name(), typeOf(column));
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new DataSource(path, options.charset().orElse(StandardCharsets.UTF_8), delimiter, table, types, roles,
                    millis, List.of());
        } catch (RuntimeException e) {
            throw new BadInputException(e, "data.error.unreadable", path, String.valueOf(e.getMessage()));
        }
    }

    private static org.marketingworkbench.data.ColumnType typeOf(Column<?> column) {
        ColumnType type = column.type();
        if (type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT) {
            return org.marketingworkbench.data.ColumnType.INTEGER;
        }
        if (type == ColumnType.DOUBLE || type == ColumnType.FLOAT) {
            return org.marketingworkbench.data.ColumnType.DECIMAL;
        }
        if (type == ColumnType.LOCAL_DATE) {
            return org.marketingworkbench.data.ColumnType.DATE;
        }
        if (type == ColumnType.LOCAL_DATE_TIME || type == ColumnType.INSTANT) {
            return org.marketingworkbench.data.ColumnType.DATE_TIME;
        }
        if (type == ColumnType.BOOLEAN) {
            return org.marketingworkbench.data.ColumnType.BOOLEAN;
        }
        return org.marketingworkbench.data.ColumnType.CATEGORY;
    }
}
