package org.marketingworkbench.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.marketingworkbench.common.AtomicFiles;
import org.marketingworkbench.common.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The autosave: a copy of the open project in the settings folder, written every few minutes
 * (the UI schedules {@link #save}), removed on a clean exit ({@link #clear}), and offered on
 * the next start when it is newer than the project file ({@link #pending}), that is after a crash.
 */
public final class RecoveryStore {
    /** How often the UI should save a recovery copy. */
    public static final Duration INTERVAL = Duration.ofMinutes(3);

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryStore.class);
    private static final String FILE_NAME = "recovery" + ProjectStore.EXTENSION;

    /**
     * A recovery copy.
     *
     * @param project     the work as it was
     * @param projectFile the file the project was last saved to, or null when it never was
     * @param savedAt     when the copy was written
     */
    public record Recovery(Project project, Path projectFile, Instant savedAt) {
    }

    private final Path file;
    private final Clock clock;
    private final ProjectStore store = new ProjectStore();

    public RecoveryStore(Path settingsFolder) {
        this(settingsFolder, Clock.systemUTC());
    }

    public RecoveryStore(Path settingsFolder, Clock clock) {
        this.file = settingsFolder.resolve("recovery").resolve(FILE_NAME);
        this.clock = clock;
    }

    /** Writes the recovery copy atomically; {@code projectFile} may be null for a project never saved. */
    public void save(Project project, Path projectFile) throws IOException {
        ObjectNode wrapper = ProjectJson.mapper().createObjectNode();
        wrapper.put("savedAt", clock.instant().toString());
        wrapper.put("projectFile", projectFile == null ? null : projectFile.toAbsolutePath().toString());
        wrapper.set("project", store.toTree(project));
        AtomicFiles.write(file, out -> ProjectJson.mapper().writeValue(out, wrapper));
    }

    /** The recovery copy, if there is a readable one; a damaged copy is logged and ignored. */
    public Optional<Recovery> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode wrapper = ProjectJson.mapper().readTree(file.toFile());
            Project project = store.fromTree(wrapper.path("project"), FILE_NAME);
            String projectFile = wrapper.path("projectFile").asText(null);
            Instant savedAt = Instant.parse(wrapper.path("savedAt").asText());
            return Optional.of(new Recovery(project, projectFile == null ? null : Path.of(projectFile), savedAt));
        } catch (IOException | BadInputException | DateTimeParseException e) {
            LOG.warn("The recovery copy {} is unreadable; ignoring it", file, e);
            return Optional.empty();
        }
    }

    /**
     * The recovery copy to offer the user: one that is newer than the file of its project and
     * differs from it, or whose project was never saved or has gone.
     */
    public Optional<Recovery> pending() {
        return load().filter(this::newerThanProject);
    }

    /** Removes the recovery copy (after a save or a clean exit, or when the user declined it). */
    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    public Path file() {
        return file;
    }

    private boolean newerThanProject(Recovery recovery) {
        if (recovery.projectFile() == null || !Files.isRegularFile(recovery.projectFile())) {
            return true;
        }
        try {
            Instant saved = Files.getLastModifiedTime(recovery.projectFile()).toInstant();
            return recovery.savedAt().isAfter(saved) && !recovery.project().equals(store.read(recovery.projectFile()));
        } catch (IOException | BadInputException e) {
            return true;
        }
    }
}
