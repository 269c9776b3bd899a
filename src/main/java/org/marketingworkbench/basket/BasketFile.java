package org.marketingworkbench.basket;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;

/**
 * Reads a file with one basket per line and items separated by a fixed text (ragged rows,
 * like the arules Groceries export). Item names are kept exactly, spaces included; empty
 * fields and blank lines are skipped, and a leading byte order mark is dropped.
 */
public final class BasketFile {
    /** The separator of the Groceries export and most basket files. */
    public static final String COMMA = ",";
    private static final int LINES_PER_CHECK = 10_000;

    private BasketFile() {
    }

    /** Reads a UTF-8 file separated by commas. */
    public static Transactions read(Path file, Progress progress) {
        return read(file, COMMA, StandardCharsets.UTF_8, progress);
    }

    public static Transactions read(Path file, String separator, Charset charset, Progress progress) {
        if (separator == null || separator.isEmpty()) {
            throw new BadInputException("basket.error.separator");
        }
        TransactionsBuilder builder = new TransactionsBuilder(false);
        List<String> items = new ArrayList<>();
        long total = size(file);
        long read = 0;
        int lineNumber = 0;
        String message = Messages.get("basket.progress.reading", file.getFileName());
        try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                read += line.length() + 1;
                if (lineNumber++ == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (lineNumber % LINES_PER_CHECK == 0) {
                    progress.checkCancelled();
                    progress.update(Math.min(read, total), total, message);
                }
                if (line.isBlank()) {
                    continue;
                }
                split(line, separator, items);
                builder.add(items, null);
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(e, "basket.error.encoding", file.getFileName(), charset.name());
        } catch (NoSuchFileException e) {
            throw new BadInputException(e, "basket.error.noFile", file);
        } catch (IOException e) {
            throw new BadInputException(e, "basket.error.read", file, e.getMessage());
        }
        return builder.build();
    }

    /** Splits on the literal separator (not a pattern), dropping empty fields. */
    static void split(String line, String separator, List<String> into) {
        into.clear();
        int start = 0;
        while (start <= line.length()) {
            int end = line.indexOf(separator, start);
            if (end < 0) {
                end = line.length();
            }
            if (end > start) {
                into.add(line.substring(start, end));
            }
            start = end + separator.length();
        }
    }

    private static long size(Path file) {
        try {
            return Math.max(1, Files.size(file));
        } catch (IOException e) {
            return 1;
        }
    }
}
