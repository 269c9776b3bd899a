package org.marketingworkbench.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the committed sample files the way an independent checker would: the CSVs through
 * univocity-parsers (which Tablesaw uses), keeping every space and every empty cell, and the truth as
 * a Jackson tree. Nothing here uses the generator's classes.
 */
final class SampleFiles {

    static final Path FOLDER = Path.of("sample-data");

    /** A parsed CSV file: its header and its data rows, cells as written (empty string when blank). */
    record Csv(List<String> header, List<List<String>> rows) {

        int column(String name) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + header);
            }
            return index;
        }

        List<String> values(String name) {
            int index = column(name);
            return rows.stream().map(row -> row.get(index)).toList();
        }

        /** The rows with exact copies of an earlier row left out. */
        Csv withoutDuplicates() {
            Set<List<String>> unique = new LinkedHashSet<>(rows);
            return new Csv(header, List.copyOf(unique));
        }
    }

    private SampleFiles() {
    }

    static Csv csv(String name) throws IOException {
        return csv(FOLDER.resolve(name), StandardCharsets.UTF_8);
    }

    static Csv csv(Path file, Charset charset) throws IOException {
        CsvParserSettings settings = new CsvParserSettings();
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setCommentProcessingEnabled(false);
        settings.setNullValue("");
        settings.setEmptyValue("");
        settings.setMaxCharsPerColumn(4096);
        List<String[]> parsed;
        try (Reader reader = Files.newBufferedReader(file, charset)) {
            parsed = new CsvParser(settings).parseAll(reader);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String[] row : parsed.subList(1, parsed.size())) {
            rows.add(Arrays.asList(row));
        }
        return new Csv(List.of(parsed.get(0)), rows);
    }

    /** |z| of each value: its distance to the mean in standard deviations (divisor n - degreesOfFreedom). */
    static double[] absoluteZ(double[] values, int degreesOfFreedom) {
        double mean = Arrays.stream(values).average().orElseThrow();
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        double deviation = Math.sqrt(squares / (values.length - degreesOfFreedom));
        return Arrays.stream(values).map(v -> Math.abs(v - mean) / deviation).toArray();
    }

    static JsonNode truth() throws IOException {
        return new ObjectMapper().readTree(FOLDER.resolve("planted-truth.json").toFile());
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
