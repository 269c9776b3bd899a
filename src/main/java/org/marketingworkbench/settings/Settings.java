package org.marketingworkbench.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs: window placement, theme, language, recent data files
 * and recent projects. A missing or unreadable settings file gives these defaults; a settings
 * file from before a field existed reads with that field empty.
 *
 * @param language       an IETF tag such as "en" or "zh-CN", or empty for the OS locale
 * @param recentProjects project files, newest first
 */
public record Settings(double windowX, double windowY, double windowWidth, double windowHeight,
        boolean maximized, String theme, String language, List<String> recentFiles, List<String> recentProjects) {

    public static final int RECENT_LIMIT = 10;

    public Settings {
        theme = theme == null ? "light" : theme;
        language = language == null ? "" : language;
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
        recentProjects = recentProjects == null ? List.of() : List.copyOf(recentProjects);
    }

    /** Settings without recent projects (the form before projects existed). */
    public Settings(double windowX, double windowY, double windowWidth, double windowHeight,
            boolean maximized, String theme, String language, List<String> recentFiles) {
        this(windowX, windowY, windowWidth, windowHeight, maximized, theme, language, recentFiles, List.of());
    }

    public static Settings defaults() {
        return new Settings(Double.NaN, Double.NaN, 1280, 800, false, "light", "", List.of(), List.of());
    }

    public Settings withWindow(double x, double y, double width, double height, boolean isMaximized) {
        return new Settings(x, y, width, height, isMaximized, theme, language, recentFiles, recentProjects);
    }

    public Settings withTheme(String value) {
        return new Settings(windowX, windowY, windowWidth, windowHeight, maximized, value, language, recentFiles,
                recentProjects);
    }

    public Settings withLanguage(String value) {
        return new Settings(windowX, windowY, windowWidth, windowHeight, maximized, theme, value, recentFiles,
                recentProjects);
    }

    /** Puts {@code file} first in the recent list, without duplicates, keeping at most {@link #RECENT_LIMIT}. */
    public Settings withRecentFile(String file) {
        return new Settings(windowX, windowY, windowWidth, windowHeight, maximized, theme, language,
                newestFirst(recentFiles, file), recentProjects);
    }

    /** Puts the project file first in the recent projects, without duplicates, keeping at most {@link #RECENT_LIMIT}. */
    public Settings withRecentProject(String projectFile) {
        return new Settings(windowX, windowY, windowWidth, windowHeight, maximized, theme, language, recentFiles,
                newestFirst(recentProjects, projectFile));
    }

    /** Drops a project from the recent list (it was deleted or moved). */
    public Settings withoutRecentProject(String projectFile) {
        List<String> kept = new ArrayList<>(recentProjects);
        kept.remove(projectFile);
        return new Settings(windowX, windowY, windowWidth, windowHeight, maximized, theme, language, recentFiles, kept);
    }

    private static List<String> newestFirst(List<String> recent, String first) {
        List<String> changed = new ArrayList<>(recent);
        changed.remove(first);
        changed.add(0, first);
        return changed.subList(0, Math.min(RECENT_LIMIT, changed.size()));
    }
}
