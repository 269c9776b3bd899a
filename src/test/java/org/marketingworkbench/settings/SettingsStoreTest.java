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
}
