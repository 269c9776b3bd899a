package org.marketingworkbench.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fields of a project file that a newer version wrote and this one does not know: kept and written back. */
final class UnknownFields {

    private UnknownFields() {
    }

    static Map<String, JsonNode> copy(Map<String, JsonNode> fields) {
        if (fields == null || fields.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        fields.forEach((name, value) -> copy.put(name, value.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }
}
