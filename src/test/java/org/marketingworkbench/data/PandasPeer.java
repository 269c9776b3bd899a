package org.marketingworkbench.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pandas figures saved by {@code src/test/resources/peers/profile/profile_peer.py}
 * (pandas 1.5.3): {@code describe()}, {@code nunique()}, {@code skew()} and {@code value_counts()}.
 */
public final class PandasPeer {

    /** One column's row of {@code <name>-describe.csv}; numbers are NaN for non-number columns. */
    public record Described(String column, int count, int missing, int distinct, double mean, double std, double min,
            double q1, double median, double q3, double max, double skew) {
    }

    private static final Path FOLDER = Path.of("src/test/resources/peers/profile");

    private PandasPeer() {
    }

    /**
     * UCI Bank Marketing {@code bank-full.csv}: the copy bundled in {@code sample-data/} is byte-identical to
     * {@code shared/datasets/bank-marketing/bank-full.csv} (same SHA-256), so a clean clone needs nothing outside.
     */
    public static Path bankFull() {
        return Path.of("sample-data/bank-full.csv");
    }

    public static Map<String, Described> describe(String name) {
        Map<String, Described> rows = new LinkedHashMap<>();
        for (String[] cells : read(name + "-describe.csv")) {
            rows.put(cells[0], new Described(cells[0], Integer.parseInt(cells[1]), Integer.parseInt(cells[2]),
                    Integer.parseInt(cells[3]), number(cells[4]), number(cells[5]), number(cells[6]), number(cells[7]),
                    number(cells[8]), number(cells[9]), number(cells[10]), number(cells[11])));
        }
        return rows;
    }

    /** For each text column, its values and counts, most frequent first (ties by value). */
    public static Map<String, List<TopValues.ValueCount>> topValues(String name) {
        Map<String, List<TopValues.ValueCount>> top = new LinkedHashMap<>();
        for (String[] cells : read(name + "-top-values.csv")) {
            top.computeIfAbsent(cells[0], column -> new ArrayList<>())
                    .add(new TopValues.ValueCount(cells[2], Integer.parseInt(cells[3])));
        }
        return top;
    }

    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** The peer files hold no quoted cells (no value has a comma), so a split is enough. */
    private static List<String[]> read(String file) {
        try {
            List<String> lines = Files.readAllLines(FOLDER.resolve(file), StandardCharsets.UTF_8);
            return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
