package org.marketingworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.settings.Settings;
import org.marketingworkbench.settings.SettingsStore;
import org.marketingworkbench.ui.i18n.Language;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.task.TaskMonitor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.theme.Theme;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

class ShellViewModelTest {
    @TempDir
    Path folder;

    private final FakeDialogService dialogs = new FakeDialogService();
    private SettingsStore store;
    private ShellViewModel shell;
    private Locale saved;

    @BeforeEach
    void setUp() {
        saved = Locale.getDefault();
        store = new SettingsStore(folder.resolve("settings"));
        shell = newShell(store.load());
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    private ShellViewModel newShell(Settings settings) {
        WorkspaceViewModel workspace = new WorkspaceViewModel(new SameThreadTaskExecutor(), dialogs);
        return new ShellViewModel(store, settings, dialogs, workspace, new TaskMonitor());
    }

    @Test
    void theSampleProjectOpensAsAProjectOnTheReportPageAndIsNoDataFile() {
        java.util.List<Path> opened = new java.util.ArrayList<>();
        shell.setProjectOpener(opened::add);

        shell.openSampleProject();

        Path sample = Path.of("sample-data", ShellViewModel.SAMPLE_PROJECT).toAbsolutePath();
        assertThat(opened).containsExactly(sample);
        assertThat(shell.pageProperty().get()).isEqualTo(Page.REPORT);
        assertThat(WorkspaceViewModel.dataFilesIn(sample.getParent())).isNotEmpty().doesNotContain(sample);
    }

    @Test
    void themeAndLanguageAreRememberedBetweenRuns() {
        shell.setTheme(Theme.DARK);
        shell.setLanguage(Language.CHINESE);

        ShellViewModel next = newShell(store.load());

        assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(next.languageProperty().get()).isEqualTo(Language.CHINESE);
        assertThat(Locale.getDefault()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void windowPlacementIsRemembered() {
        shell.saveWindow(40, 50, 1300, 850, false);

        Settings settings = store.load();

        assertThat(settings.windowX()).isEqualTo(40);
        assertThat(settings.windowWidth()).isEqualTo(1300);
    }

    @Test
    void openingAFileShowsTheDataPageAndRemembersIt() throws IOException {
        Path file = folder.resolve("customers.csv");
        Files.writeString(file, "id\n1\n");

        shell.openFiles(List.of(file));

        assertThat(shell.pageProperty().get()).isEqualTo(Page.DATA);
        assertThat(shell.recentFiles()).containsExactly(file.toAbsolutePath().toString());
        assertThat(store.load().recentFiles()).containsExactly(file.toAbsolutePath().toString());
    }

    @Test
    void droppedFilesThatAreNotDataAreSkippedWithANotice() {
        shell.openFiles(List.of(folder.resolve("notes.docx")));

        assertThat(shell.pageProperty().get()).isNull();
        assertThat(dialogs.notices).hasSize(1);
    }

    @Test
    void aRecentFileThatIsGoneIsDroppedWithANotice() throws IOException {
        Path file = folder.resolve("gone.csv");
        Files.writeString(file, "id\n1\n");
        shell.openFiles(List.of(file));
        Files.delete(file);

        shell.openRecent(file.toAbsolutePath().toString());

        assertThat(shell.recentFiles()).isEmpty();
        assertThat(dialogs.notices).anyMatch(notice -> notice.contains("gone.csv"));
    }

    @Test
    void helpDescribesTheCurrentPage() {
        Locale.setDefault(Locale.ENGLISH);
        shell.pageProperty().set(Page.SEGMENTS);

        shell.showHelp();

        assertThat(dialogs.informations).singleElement().asString().contains("Segments").contains("Ctrl+O");
    }
}
