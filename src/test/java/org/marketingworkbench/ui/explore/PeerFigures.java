package org.marketingworkbench.ui.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The figures pandas, NumPy and matplotlib computed on sample-data/customers.csv
 * (src/test/resources/peers/explore-page/explore_page_peer.py wrote figures.csv).
 */
final class PeerFigures {
    private static final Map<String, String> FIGURES = read();

    private PeerFigures() {
    }

    static double number(String name) {
        return Double.parseDouble(text(name));
    }

    static String text(String name) {
        String value = FIGURES.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no peer figure " + name);
        }
        return value;
    }

    private static Map<String, String> read() {
        try {
            Map<String, String> figures = new HashMap<>();
            var lines = Files.readAllLines(Path.of("src/test/resources/peers/explore-page/figures.csv"),
                    StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                int comma = line.indexOf(',');
                figures.put(line.substring(0, comma), line.substring(comma + 1));
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
