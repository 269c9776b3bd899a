package org.marketingworkbench.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * One data file of a project. The file is looked for first at {@code path}, relative to the
 * project file (so a project folder can be moved or shared as a whole), then at
 * {@code absolutePath}, where it was when the project was saved.
 *
 * @param id           how pages refer to this source (their "input"); unique in the project
 * @param path         the location relative to the project file's folder, with "/" separators;
 *                     null when there is none (another drive)
 * @param absolutePath the absolute location when the project was saved
 * @param options      how the file is read
 * @param sha256       the SHA-256 of the file's bytes when the project was saved, in hex
 * @param unknown      fields written by a newer version, kept as they are
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "path", "absolutePath", "options", "sha256"})
public record ProjectSource(String id, String path, String absolutePath, SourceOptions options, String sha256,
        @JsonAnySetter Map<String, JsonNode> unknown) {

    public ProjectSource {
        options = options == null ? SourceOptions.of(org.marketingworkbench.data.LoadOptions.detect()) : options;
        unknown = UnknownFields.copy(unknown);
    }

    /** The file name, for messages and the report. */
    public String fileName() {
        String location = absolutePath != null ? absolutePath : path;
        if (location == null) {
            return id;
        }
        Path name = Path.of(location.replace('\\', '/')).getFileName();
        return name == null ? location : name.toString();
    }

    /** The same source found at another place (relocated by the user, or the project folder moved). */
    public ProjectSource at(String relativePath, String absolute) {
        return new ProjectSource(id, relativePath, absolute, options, sha256, unknown);
    }

    /** The same source with the hash of its current content (the user accepted a changed file). */
    public ProjectSource withHash(String value) {
        return new ProjectSource(id, path, absolutePath, options, value, unknown);
    }

    @Override
    @JsonAnyGetter
    public Map<String, JsonNode> unknown() {
        return unknown;
    }
}
