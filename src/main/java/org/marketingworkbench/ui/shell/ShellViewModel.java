package org.marketingworkbench.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.settings.Settings;
import org.marketingworkbench.settings.SettingsStore;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.i18n.Language;
import org.marketingworkbench.ui.task.TaskMonitor;
import org.marketingworkbench.ui.theme.Theme;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * State of the main window: the page shown (none = the welcome page), theme, language, the
 * status line and recent files. Settings are saved whenever one of them changes.
 */
public final class ShellViewModel {
    /** The sample project's file name in the sample-data folder. */
    public static final String SAMPLE_PROJECT = "sample.mwb.json";
    private final SettingsStore store;
    private final DialogService dialogs;
    private final WorkspaceViewModel workspace;
    private final TaskMonitor tasks;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(this, "language");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call would lose its listeners to garbage collection. */
    private final ObservableList<String> readOnlyRecentFiles = FXCollections.unmodifiableObservableList(recentFiles);
    private final ObservableList<String> recentProjects = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyRecentProjects = FXCollections.unmodifiableObservableList(recentProjects);
    private java.util.function.Consumer<Path> projectOpener = path -> { };
    private Settings settings;

    public ShellViewModel(SettingsStore store, Settings settings, DialogService dialogs, WorkspaceViewModel workspace,
            TaskMonitor tasks) {
        this.store = store;
        this.settings = settings;
        this.dialogs = dialogs;
        this.workspace = workspace;
        this.tasks = tasks;
        theme.set(Theme.fromId(settings.theme()));
        language.set(Language.fromSettings(settings.language(), Locale.getDefault()));
        Locale.setDefault(language.get().locale());
        recentFiles.setAll(settings.recentFiles());
        recentProjects.setAll(settings.recentProjects());
        workspace.setOnLoaded(this::remember);
    }

    /** The page shown, or null for the welcome page. */
    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    /** The last notice for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<String> recentFiles() {
        return readOnlyRecentFiles;
    }

    /** Project files, newest first. */
    public ObservableList<String> recentProjects() {
        return readOnlyRecentProjects;
    }

    /** Records a project file that was saved or opened. */
    public void rememberProject(Path file) {
        save(settings.withRecentProject(file.toString()));
        recentProjects.setAll(settings.recentProjects());
    }

    /** How a recent project is opened (the project session, wired by the composition root). */
    public void setProjectOpener(java.util.function.Consumer<Path> opener) {
        projectOpener = opener;
    }

    /** Opens a recent project; one that is gone is dropped from the list with a notice. */
    public void openRecentProject(String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            dialogs.notify(Messages.get("recent.gone", file));
            save(settings.withoutRecentProject(file));
            recentProjects.setAll(settings.recentProjects());
            return;
        }
        projectOpener.accept(path);
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public TaskMonitor tasks() {
        return tasks;
    }

    public void showStatus(String message) {
        status.set(message);
    }

    public void showWelcome() {
        page.set(null);
    }

    public void toggleTheme() {
        setTheme(theme.get().other());
    }

    public void setTheme(Theme value) {
        theme.set(value);
        save(settings.withTheme(value.id()));
    }

    /** Switches the language; the shell rebuilds its views when this property changes. */
    public void setLanguage(Language value) {
        Locale.setDefault(value.locale());
        save(settings.withLanguage(value.tag()));
        language.set(value);
    }

    /** Asks for data files and loads them (Ctrl+O). */
    public void importData() {
        List<Path> files = dialogs.chooseFilesToOpen(Messages.get("menu.file.open"),
                List.of(new DialogService.FileType(Messages.get("files.data"), WorkspaceViewModel.DATA_PATTERNS)));
        openFiles(files);
    }

    /** Opens dropped or chosen files and shows the Data page. */
    public void openFiles(List<Path> files) {
        List<Path> data = files.stream().filter(WorkspaceViewModel::isDataFile).toList();
        if (data.size() < files.size()) {
            dialogs.notify(Messages.get("files.skipped", files.size() - data.size()));
        }
        if (!data.isEmpty()) {
            workspace.load(data);
            page.set(Page.DATA);
        }
    }

    /** Opens a recent file; a recent file that is gone is dropped from the list with a notice. */
    public void openRecent(String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            dialogs.notify(Messages.get("recent.gone", file));
            recentFiles.remove(file);
            return;
        }
        openFiles(List.of(path));
    }

    /** Opens sample-data/sample.mwb.json: the sample data with a Campaigns setup and report notes. */
    public void openSampleProject() {
        var folder = org.marketingworkbench.ui.workspace.SampleDataLocator.locate();
        if (folder.isEmpty() || !Files.isRegularFile(folder.get().resolve(SAMPLE_PROJECT))) {
            dialogs.showError(Messages.get("sample.missingTitle"), Messages.get("sample.missing"), null);
            return;
        }
        projectOpener.accept(folder.get().resolve(SAMPLE_PROJECT));
        page.set(Page.REPORT);
    }

    public void openSampleData() {
        if (workspace.loadSampleData()) {
            page.set(Page.DATA);
        }
    }

    /** The help of the page shown (F1). */
    public void showHelp() {
        Page current = page.get();
        String title = current == null ? Messages.get("welcome.title") : Messages.get(current.key() + ".title");
        String text = (current == null ? "" : Messages.get(current.key() + ".purpose") + "\n\n")
                + Messages.get("help.shortcuts");
        dialogs.showInformation(title, text);
    }

    public void showAbout() {
        String version = ShellViewModel.class.getPackage().getImplementationVersion();
        dialogs.showInformation(Messages.get("app.title"),
                Messages.get("about.text", version == null ? "development" : version));
    }

    /** Remembers the window's placement (called when it closes). */
    public void saveWindow(double x, double y, double width, double height, boolean maximized) {
        save(settings.withWindow(x, y, width, height, maximized));
    }

    public Settings settings() {
        return settings;
    }

    private void remember(Path file) {
        String name = file.toAbsolutePath().toString();
        save(settings.withRecentFile(name));
        recentFiles.setAll(settings.recentFiles());
        recentProjects.setAll(settings.recentProjects());
    }

    private void save(Settings updated) {
        settings = updated;
        store.save(updated);
    }
}
