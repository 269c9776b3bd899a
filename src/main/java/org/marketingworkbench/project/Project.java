package org.marketingworkbench.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marketingworkbench.common.BadInputException;

/**
 * A saved piece of work (a {@code *.mwb.json} file, DESIGN.md section 5): where the data is and
 * every choice the user made, but no results and no customer data; results are recomputed
 * from these on open, with the stored seeds.
 *
 * @param schemaVersion the file format, "major.minor" (see {@link SchemaVersion})
 * @param title         the report title
 * @param salt          the secret of this project's pseudonyms, base64; exports and reports hash
 *                      personal data with it, so a customer keeps one pseudonym across exports
 * @param sources       the data files
 * @param recipe        the Prepare page's recipe, kept as JSON until the recipe has its record
 * @param pages         each page's parameters
 * @param segmentNames  the names the user gave segments, by segment id
 * @param notes         the user's notes per report section, by section id
 * @param unknown       fields written by a newer version, kept as they are
 */
@JsonPropertyOrder({"schemaVersion", "title", "salt", "sources", "recipe", "pages", "segmentNames", "notes"})
public record Project(String schemaVersion, String title, String salt, List<ProjectSource> sources, JsonNode recipe,
        ProjectPages pages, Map<String, String> segmentNames, Map<String, String> notes,
        @JsonAnySetter Map<String, JsonNode> unknown) {

    private static final int SALT_BYTES = 32;

    public Project {
        schemaVersion = schemaVersion == null ? SchemaVersion.CURRENT.toString() : schemaVersion;
        title = title == null ? "" : title;
        sources = sources == null ? List.of() : List.copyOf(sources);
        recipe = recipe == null ? NullNode.getInstance() : ProjectJson.canonical(recipe);
        pages = pages == null ? ProjectPages.none() : pages;
        segmentNames = ordered(segmentNames);
        notes = ordered(notes);
        unknown = UnknownFields.copy(unknown);
    }

    /** A new, empty project with a fresh random salt. */
    public static Project create(String title) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new Project(null, title, Base64.getEncoder().encodeToString(salt), List.of(), null, null, null, null,
                null);
    }

    /** The pseudonym salt as bytes; empty when the project has none (written by hand). */
    public byte[] saltBytes() {
        if (salt == null || salt.isBlank()) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(salt.trim());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e, "project.error.salt");
        }
    }

    public Optional<ProjectSource> source(String id) {
        return sources.stream().filter(source -> source.id().equals(id)).findFirst();
    }

    /** The page's parameters as its record, if the project has them. */
    public <T> Optional<T> page(PageKey<T> key) {
        return pages.get(key);
    }

    /**
     * The recipe as {@code type}, once the Prepare package defines its record; empty when the
     * project has no recipe.
     */
    public <T> Optional<T> recipe(Class<T> type) {
        if (recipe.isNull() || recipe.isMissingNode()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProjectJson.mapper().treeToValue(recipe, type));
        } catch (JsonProcessingException e) {
            throw new BadInputException(e, "project.error.pageParameters", "recipe", ProjectJson.describe(e));
        }
    }

    @Override
    @JsonAnyGetter
    public Map<String, JsonNode> unknown() {
        return unknown;
    }

    /** The note of a report section, or empty. */
    public String note(String sectionId) {
        return notes.getOrDefault(sectionId, "");
    }

    public Project withTitle(String value) {
        return new Project(schemaVersion, value, salt, sources, recipe, pages, segmentNames, notes, unknown);
    }

    /** The same project with this pseudonym secret. */
    public Project withSalt(byte[] value) {
        return new Project(schemaVersion, title, Base64.getEncoder().encodeToString(value), sources, recipe, pages,
                segmentNames, notes, unknown);
    }

    public Project withSources(List<ProjectSource> value) {
        return new Project(schemaVersion, title, salt, value, recipe, pages, segmentNames, notes, unknown);
    }

    /** Adds the source, or replaces the one with the same id. */
    public Project withSource(ProjectSource source) {
        List<ProjectSource> changed = new ArrayList<>(sources);
        changed.removeIf(existing -> existing.id().equals(source.id()));
        int index = indexOf(source.id());
        changed.add(index < 0 ? changed.size() : index, source);
        return withSources(changed);
    }

    /** Stores the recipe (any value Jackson can write, or a JSON tree). */
    public Project withRecipe(Object value) {
        JsonNode tree = value instanceof JsonNode node ? node : ProjectJson.mapper().valueToTree(value);
        return new Project(schemaVersion, title, salt, sources, tree, pages, segmentNames, notes, unknown);
    }

    public <T> Project withPage(PageKey<T> key, T parameters) {
        return withPages(pages.with(key, parameters));
    }

    public Project withPages(ProjectPages value) {
        return new Project(schemaVersion, title, salt, sources, recipe, value, segmentNames, notes, unknown);
    }

    public Project withSegmentNames(Map<String, String> value) {
        return new Project(schemaVersion, title, salt, sources, recipe, pages, value, notes, unknown);
    }

    /** Sets a section's note; a blank note removes it. */
    public Project withNote(String sectionId, String text) {
        Map<String, String> changed = new LinkedHashMap<>(notes);
        if (text == null || text.isBlank()) {
            changed.remove(sectionId);
        } else {
            changed.put(sectionId, text);
        }
        return new Project(schemaVersion, title, salt, sources, recipe, pages, segmentNames, changed, unknown);
    }

    /** The same project marked with the version that writes it (never lowering a newer minor version). */
    Project withSchemaVersion(String value) {
        return new Project(value, title, salt, sources, recipe, pages, segmentNames, notes, unknown);
    }

    private int indexOf(String id) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> ordered(Map<String, String> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
