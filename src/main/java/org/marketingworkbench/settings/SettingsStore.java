package org.marketingworkbench.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marketingworkbench.common.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes {@link Settings} as JSON in the user's settings folder, atomically. */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsStore(Path folder) {
        this.file = folder.resolve("settings.json");
    }

    /** The folder from {@code -Dmwb.settings.dir}, or {@code ~/.marketing-workbench}. */
    public static Path defaultFolder() {
        String configured = System.getProperty("mwb.settings.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".marketing-workbench");
    }

    public Path folder() {
        return file.getParent();
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            return MAPPER.readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            LOG.warn("Settings in {} are unreadable; using defaults", file, e);
            return Settings.defaults();
        }
    }

    public void save(Settings settings) {
        try {
            AtomicFiles.write(file, out -> MAPPER.writeValue(out, settings));
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
    }
}
