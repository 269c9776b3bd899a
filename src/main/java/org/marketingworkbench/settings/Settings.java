package org.marketingworkbench.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs: window placement, theme, language and recent files.
 * A missing or unreadable settings file gives these defaults.
 *
 * @param language an IETF tag such as "en" or "zh-CN", or empty for the OS locale
 */
public record Settings(double windowX, double windowY, double windowWidth, double windowHeight,
        boolean maximized, String theme, String language, List<String> recentFiles) {

    public static final int RECENT_LIMIT = 10;

    public Settings {
        theme = theme == null ? "light" : theme;
        language = language == null ? "" : language;
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }

    public static Settings defaults() {
        return new Settings(Double.NaN, Double.NaN, 1280, 800, false, "light", "", List.of());
    }

    public Settings withWindow(double x, double y, double width, double height, boolean isMaximized) {
        return new Settings(x, y, width, height, isMaximized, theme, language, recentFiles);
    }

    public Settings withTheme(String value) {
        return new Settings(windowX, windowY, windowWidth, windowHeight, maximized, value, language, recentFiles);
    }

    public Settings withLanguage(String value) {
        return new Settings(windowX, windowY, windowWidth, windowHeight, maximized, theme, value, recentFiles);
    }

    /** Puts {@code file} first in the recent list, without duplicates, keeping at most {@link #RECENT_LIMIT}. */
    public Settings withRecentFile(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        recent.add(0, file);
        List<String> kept = recent.subList(0, Math.min(RECENT_LIMIT, recent.size()));
        return new Settings(windowX, windowY, windowWidth, windowHeight, maximized, theme, language, kept);
    }
}
