package org.marketingworkbench.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.marketingworkbench.common.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link Settings} as a properties file in the user's settings folder,
 * atomically. Plain properties rather than JSON: this is read before the first window shows,
 * and the JDK reads them without loading a JSON library.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;

    public SettingsStore(Path folder) {
        this.file = folder.resolve("settings.properties");
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
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Settings in {} are unreadable; using defaults", file, e);
            return Settings.defaults();
        }
        Settings defaults = Settings.defaults();
        List<String> recent = list(properties, "recent.");
        List<String> recentProjects = list(properties, "recentProject.");
        return new Settings(number(properties, "window.x", defaults.windowX()),
                number(properties, "window.y", defaults.windowY()),
                number(properties, "window.width", defaults.windowWidth()),
                number(properties, "window.height", defaults.windowHeight()),
                Boolean.parseBoolean(properties.getProperty("window.maximized", "false")),
                properties.getProperty("theme", defaults.theme()),
                properties.getProperty("language", defaults.language()), recent, recentProjects);
    }

    public void save(Settings settings) {
        Properties properties = new Properties();
        properties.setProperty("window.x", Double.toString(settings.windowX()));
        properties.setProperty("window.y", Double.toString(settings.windowY()));
        properties.setProperty("window.width", Double.toString(settings.windowWidth()));
        properties.setProperty("window.height", Double.toString(settings.windowHeight()));
        properties.setProperty("window.maximized", Boolean.toString(settings.maximized()));
        properties.setProperty("theme", settings.theme());
        properties.setProperty("language", settings.language());
        for (int i = 0; i < settings.recentFiles().size(); i++) {
            properties.setProperty("recent." + i, settings.recentFiles().get(i));
        }
        for (int i = 0; i < settings.recentProjects().size(); i++) {
            properties.setProperty("recentProject." + i, settings.recentProjects().get(i));
        }
        try {
            AtomicFiles.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                properties.store(writer, "Marketing Workbench settings");
                writer.flush();
            });
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
    }

    /** The values of {@code prefix0}, {@code prefix1} ... in order; a file without them gives an empty list. */
    private static List<String> list(Properties properties, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < Settings.RECENT_LIMIT; i++) {
            String value = properties.getProperty(prefix + i);
            if (value != null && !value.isBlank()) {
                values.add(value);
            }
        }
        return values;
    }

    private static double number(Properties properties, String key, double fallback) {
        try {
            return Double.parseDouble(properties.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
