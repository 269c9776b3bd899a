package org.marketingworkbench.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.marketingworkbench.common.AtomicFiles;
import org.marketingworkbench.common.BadInputException;

/**
 * Reads and writes project files. Reading tells the user plainly what is wrong with a file that
 * is damaged, not a project, or from a newer major version; writing is atomic, so a save that
 * fails half-way leaves the previous file as it was.
 */
public final class ProjectStore {
    /** The file name ending of projects. */
    public static final String EXTENSION = ".mwb.json";

    /** Turns a project into the bytes of its file. */
    @FunctionalInterface
    interface Encoder {
        void encode(Project project, OutputStream out) throws IOException;
    }

    private final Encoder encoder;

    public ProjectStore() {
        this((project, out) -> ProjectJson.mapper().writeValue(out, project));
    }

    /** For tests: an encoder that can fail half-way. */
    ProjectStore(Encoder encoder) {
        this.encoder = encoder;
    }

    /** Reads a project file; every problem with the file is a {@link BadInputException} saying what to do. */
    public Project read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(e, "project.error.notFound", file);
        } catch (IOException e) {
            throw new BadInputException(e, "project.error.unreadable", file, e.getMessage());
        }
        return parse(bytes, file.getFileName().toString());
    }

    /**
     * Reads a project file and looks for its sources; found sources take the place where they
     * were found, so a project folder that moved as a whole opens without questions.
     */
    public OpenedProject open(Path file) {
        Project project = read(file);
        List<SourceStatus> statuses = ProjectSources.check(project, file);
        return new OpenedProject(ProjectSources.resolved(project, statuses, file), file, statuses);
    }

    /** Parses the bytes of a project file; {@code name} is the file name used in messages. */
    public Project parse(byte[] bytes, String name) {
        JsonNode tree;
        try {
            tree = ProjectJson.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new BadInputException(e, "project.error.damaged", name, ProjectJson.line(e), ProjectJson.describe(e));
        } catch (IOException e) {
            throw new BadInputException(e, "project.error.unreadable", name, e.getMessage());
        }
        return fromTree(tree, name);
    }

    /** The project in a parsed JSON tree (a project file's content, or the project inside a recovery file). */
    Project fromTree(JsonNode tree, String name) {
        if (tree == null || tree.isMissingNode() || (tree.isObject() && tree.isEmpty())) {
            throw new BadInputException("project.error.empty", name);
        }
        if (!(tree instanceof ObjectNode object) || !object.has("schemaVersion")) {
            throw new BadInputException("project.error.notProject", name);
        }
        SchemaVersion version = SchemaVersion.parse(object.get("schemaVersion").asText(null));
        if (version == null) {
            throw new BadInputException("project.error.notProject", name);
        }
        if (!version.isReadable()) {
            throw new BadInputException("project.error.newerVersion", name, version.toString(),
                    SchemaVersion.CURRENT.toString());
        }
        try {
            return ProjectJson.mapper().treeToValue(object, Project.class);
        } catch (JsonProcessingException e) {
            throw new BadInputException(e, "project.error.invalidValue", name, ProjectJson.describe(e));
        }
    }

    /**
     * Writes the project atomically (a temporary file beside the target, then a move). The file
     * records this build's schema version, or the newer minor version it was read with, so a
     * newer build still knows its own fields are there. Source paths relative to the project
     * are computed for {@code file}'s folder (a "save as" elsewhere keeps them right).
     */
    public void write(Project project, Path file) throws IOException {
        Project stamped = ProjectSources.rebased(project, file).withSchemaVersion(versionToWrite(project.schemaVersion()));
        AtomicFiles.write(file, out -> encoder.encode(stamped, out));
    }

    /** The file's content as a tree, for the recovery copy. */
    ObjectNode toTree(Project project) {
        return ProjectJson.mapper().valueToTree(project.withSchemaVersion(versionToWrite(project.schemaVersion())));
    }

    private static String versionToWrite(String stored) {
        SchemaVersion read = SchemaVersion.parse(stored);
        SchemaVersion current = SchemaVersion.CURRENT;
        return read != null && read.major() == current.major() && read.compareTo(current) > 0 ? read.toString()
                : current.toString();
    }
}
