package org.marketingworkbench.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.marketingworkbench.common.BadInputException;

/**
 * Every page's parameters, one JSON object per page, keyed by page name. Pages read and write
 * their own typed record through a {@link PageKey}; writing merges the record into the stored
 * object, so fields a newer version added to the page survive a save by this one.
 */
public record ProjectPages(Map<String, ObjectNode> byPage) {

    public ProjectPages {
        Map<String, ObjectNode> copy = new LinkedHashMap<>();
        if (byPage != null) {
            byPage.forEach((page, node) -> copy.put(page, ProjectJson.canonical(node)));
        }
        byPage = Collections.unmodifiableMap(copy);
    }

    @JsonCreator
    public static ProjectPages of(Map<String, ObjectNode> byPage) {
        return new ProjectPages(byPage);
    }

    public static ProjectPages none() {
        return new ProjectPages(Map.of());
    }

    @JsonValue
    @Override
    public Map<String, ObjectNode> byPage() {
        return byPage;
    }

    /** The page's stored object as it is in the file (a copy), if the page has parameters. */
    public Optional<ObjectNode> raw(String page) {
        return Optional.ofNullable(byPage.get(page)).map(ObjectNode::deepCopy);
    }

    /** The page's parameters as its record; a value of the wrong type is bad input naming the page. */
    public <T> Optional<T> get(PageKey<T> key) {
        ObjectNode node = byPage.get(key.page());
        if (node == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProjectJson.mapper().treeToValue(node, key.type()));
        } catch (JsonProcessingException e) {
            throw new BadInputException(e, "project.error.pageParameters", key.page(), ProjectJson.describe(e));
        }
    }

    /** These pages with {@code parameters} stored for the key's page, keeping fields this version does not know. */
    public <T> ProjectPages with(PageKey<T> key, T parameters) {
        ObjectNode written = ProjectJson.mapper().valueToTree(parameters);
        ObjectNode merged = byPage.containsKey(key.page()) ? byPage.get(key.page()).deepCopy()
                : ProjectJson.mapper().createObjectNode();
        ProjectJson.merge(merged, written);
        return withRaw(key.page(), merged);
    }

    /** These pages with the page's object replaced as a whole (for pages without a record yet). */
    public ProjectPages withRaw(String page, ObjectNode parameters) {
        Map<String, ObjectNode> changed = new LinkedHashMap<>(byPage);
        changed.put(page, parameters.deepCopy());
        return new ProjectPages(changed);
    }

    public ProjectPages without(String page) {
        Map<String, ObjectNode> changed = new LinkedHashMap<>(byPage);
        changed.remove(page);
        return new ProjectPages(changed);
    }
}
