package org.marketingworkbench.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path folder;

    @Test
    void aFreshMachineGetsDefaults() {
        assertThat(new SettingsStore(folder).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void aBrokenSettingsFileGivesDefaultsInsteadOfFailing() throws IOException {
        Files.writeString(folder.resolve("settings.properties"), "window.width=\\u00zz broken escape");

        assertThat(new SettingsStore(folder).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void recentFilesKeepTheNewestFirstWithoutDuplicates() {
        Settings settings = Settings.defaults();
        for (int i = 0; i < 12; i++) {
            settings = settings.withRecentFile("f" + i);
        }
        settings = settings.withRecentFile("f5");

        assertThat(settings.recentFiles()).hasSize(Settings.RECENT_LIMIT).startsWith("f5", "f11", "f10");
    }

    @Test
    void savedSettingsReadBackEqual() {
        SettingsStore store = new SettingsStore(folder);
        Settings settings = Settings.defaults().withTheme("dark").withLanguage("zh-CN").withRecentFile("/a.csv");

        store.save(settings);

        assertThat(store.load()).isEqualTo(settings);
        assertThat(folder.toFile().list()).containsExactly("settings.properties");
    }

    @Test
    void recentProjectsAreKeptApartFromRecentFiles() {
        SettingsStore store = new SettingsStore(folder);
        Settings settings = Settings.defaults().withRecentFile("/a.csv").withRecentProject("/p.mwb.json")
                .withRecentProject("/q.mwb.json").withRecentProject("/p.mwb.json");

        store.save(settings);

        assertThat(store.load().recentProjects()).containsExactly("/p.mwb.json", "/q.mwb.json");
        assertThat(store.load().recentFiles()).containsExactly("/a.csv");
        assertThat(settings.withoutRecentProject("/p.mwb.json").recentProjects()).containsExactly("/q.mwb.json");
    }

    @Test
    void aSettingsFileFromBeforeRecentProjectsReadsWithNone() throws IOException {
        Files.writeString(folder.resolve("settings.properties"), "theme=dark\nrecent.0=/a.csv\n");

        Settings settings = new SettingsStore(folder).load();

        assertThat(settings.theme()).isEqualTo("dark");
        assertThat(settings.recentFiles()).containsExactly("/a.csv");
        assertThat(settings.recentProjects()).isEmpty();
    }
}
