package org.marketingworkbench.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON settings of project files, and the small tree operations that keep unknown fields. */
final class ProjectJson {
    /** Configured once and never changed afterwards, so sharing it is safe. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private ProjectJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes every field of {@code update} into {@code target}; where both hold an object the
     * objects are merged, so fields only {@code target} has (unknown to this version) stay.
     */
    static void merge(ObjectNode target, ObjectNode update) {
        Iterator<Map.Entry<String, JsonNode>> fields = update.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode updateObject) {
                merge(existingObject, updateObject);
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    /**
     * The tree as it reads back from its file: a long 7 written from a record and the int 7
     * parsed from the file are different nodes, so values are compared in this form.
     */
    @SuppressWarnings("unchecked")
    static <T extends JsonNode> T canonical(T node) {
        try {
            return (T) MAPPER.readTree(MAPPER.writeValueAsBytes(node));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a JSON tree always reads back", e);
        }
    }

    /** Where in the file a parse or mapping problem is, and what it is, for the user's message. */
    static String describe(JsonProcessingException e) {
        StringBuilder text = new StringBuilder();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            text.append(mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "["));
            text.append(": ");
        }
        text.append(firstLine(e.getOriginalMessage()));
        return text.toString();
    }

    /** The 1-based line of a problem, or 0 when unknown. */
    static int line(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
