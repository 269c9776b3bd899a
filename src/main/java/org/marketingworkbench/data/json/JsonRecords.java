package org.marketingworkbench.data.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.Progress;

/**
 * Reads the records of a JSON file (an array of objects, or JSON Lines: one object per line)
 * as text cells. Nested objects are flattened into dotted names ("address.city"); arrays are
 * kept as their JSON text; null is a missing value. Columns appear in order of first sight.
 */
final class JsonRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();

    /** The records do not form a table: the first token is not an array or an object. */
    static final class NotRecordsException extends IOException {
        private static final long serialVersionUID = 1L;

        NotRecordsException(long line) {
            super("line " + line);
        }
    }

    /**
     * Reads up to {@code limit} records.
     *
     * @param fileSize for progress in bytes
     */
    void read(JsonParser parser, int limit, long fileSize, Progress progress, String message) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return;
        }
        boolean array = first == JsonToken.START_ARRAY;
        JsonToken token = array ? parser.nextToken() : first;
        while (token != null && token != JsonToken.END_ARRAY && rows.size() < limit) {
            if (token != JsonToken.START_OBJECT) {
                throw new NotRecordsException(parser.currentLocation().getLineNr());
            }
            lines.add((long) parser.currentLocation().getLineNr());
            String[] row = new String[Math.max(8, columns.size())];
            row = readObject(parser, "", row);
            rows.add(row);
            if (rows.size() % 1000 == 0) {
                progress.checkCancelled();
                progress.update(parser.currentLocation().getByteOffset(), fileSize, message);
            }
            token = parser.nextToken();
        }
    }

    List<String> names() {
        return new ArrayList<>(columns.keySet());
    }

    /** The rows, each padded to the number of columns (absent keys are null). */
    List<String[]> rows() {
        int width = columns.size();
        List<String[]> padded = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            padded.add(row.length == width ? row : Arrays.copyOf(row, width));
        }
        return padded;
    }

    /** The line each record starts on. */
    long[] lines() {
        return lines.stream().mapToLong(Long::longValue).toArray();
    }

    private String[] readObject(JsonParser parser, String prefix, String[] row) throws IOException {
        String[] filled = row;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix.isEmpty() ? parser.currentName() : prefix + "." + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                filled = readObject(parser, name, filled);
                continue;
            }
            int column = columns.computeIfAbsent(name, key -> columns.size());
            if (column >= filled.length) {
                filled = Arrays.copyOf(filled, Math.max(column + 1, filled.length * 2));
            }
            filled[column] = text(parser, value);
        }
        return filled;
    }

    private static String text(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case START_ARRAY -> MAPPER.writeValueAsString(MAPPER.readTree(parser));
            default -> parser.getText();
        };
    }
}
