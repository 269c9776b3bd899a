package org.marketingworkbench.recommend;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Reads a basket file (one basket per line, items joined by a separator, rows of any length,
 * no header; a table reader cannot take ragged rows) into a two-column table: {@code basket},
 * the 1-based line number, and {@code item}, one row per item. Item names are kept exactly,
 * spaces included; empty items are skipped.
 */
public final class BasketTable {
    public static final String BASKET_COLUMN = "basket";
    public static final String ITEM_COLUMN = "item";
    private static final int LINES_PER_CHECK = 4096;

    private BasketTable() {
    }

    public static Table read(Path file, Charset charset, String separator, Progress progress) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("data.error.notFound", file);
        }
        if (separator.isEmpty()) {
            throw new BadInputException("recommend.error.separator");
        }
        StringColumn baskets = StringColumn.create(BASKET_COLUMN);
        StringColumn items = StringColumn.create(ITEM_COLUMN);
        try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber % LINES_PER_CHECK == 0) {
                    progress.checkCancelled();
                }
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String basket = Integer.toString(lineNumber);
                int from = 0;
                while (from <= line.length()) {
                    int to = line.indexOf(separator, from);
                    to = to < 0 ? line.length() : to;
                    if (to > from) {
                        baskets.append(basket);
                        items.append(line.substring(from, to));
                    }
                    from = to + separator.length();
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputException(e, "data.error.unreadable", file, String.valueOf(e.getMessage()));
        }
        return Table.create(file.getFileName().toString(), baskets, items);
    }
}
