package org.marketingworkbench.ui.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;

/**
 * The data sources open in this session, shared by every page. Loading runs in the
 * background; a file that fails to load leaves the others untouched.
 */
public final class WorkspaceViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkspaceViewModel.class);
    /** File extensions the loaders read. */
    public static final List<String> DATA_PATTERNS =
            List.of("*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xls", "*.json", "*.jsonl");

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<DataSource> sources = FXCollections.observableArrayList();
    private final ObjectProperty<DataSource> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyIntegerWrapper loading = new ReadOnlyIntegerWrapper(this, "loading");
    private final ObjectProperty<InputTable> prepared = new SimpleObjectProperty<>(this, "prepared");
    private final ObservableList<InputTable> inputs = FXCollections.observableArrayList();
    private final ObservableList<InputTable> derived = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call would lose its listeners to garbage collection. */
    private final ObservableList<InputTable> readOnlyInputs = FXCollections.unmodifiableObservableList(inputs);
    private Consumer<Path> onLoaded = path -> { };
    private byte[] salt = newSalt();

    public WorkspaceViewModel(TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
        sources.addListener((javafx.collections.ListChangeListener<DataSource>) change -> refreshInputs());
        prepared.addListener((obs, old, value) -> refreshInputs());
        derived.addListener((javafx.collections.ListChangeListener<InputTable>) change -> refreshInputs());
    }

    /**
     * What analysis pages can take as input: the prepared data first (once the Prepare page
     * produced it), then every open source.
     */
    public ObservableList<InputTable> inputs() {
        return readOnlyInputs;
    }

    /** The output of the Prepare recipe; the Prepare page sets it. */
    public ObjectProperty<InputTable> preparedProperty() {
        return prepared;
    }

    /**
     * Offers a table a page made (for example the prepared data with a segment column added)
     * to the other pages; a table of the same label is replaced.
     */
    public void publish(InputTable table) {
        derived.removeIf(existing -> existing.label().equals(table.label()));
        derived.add(table);
    }

    /** Withdraws a published table. */
    public void withdraw(String label) {
        derived.removeIf(existing -> existing.label().equals(label));
    }

    /** The input table for a source. */
    public static InputTable inputOf(DataSource source) {
        return new InputTable(source.name(), false, source.table(), source.roles());
    }

    private void refreshInputs() {
        java.util.List<InputTable> all = new java.util.ArrayList<>();
        if (prepared.get() != null) {
            all.add(prepared.get());
        }
        all.addAll(derived);
        sources.forEach(source -> all.add(inputOf(source)));
        inputs.setAll(all);
    }

    public ObservableList<DataSource> sources() {
        return sources;
    }

    /** The source the Data page shows. */
    public ObjectProperty<DataSource> selectedProperty() {
        return selected;
    }

    /** How many files are loading now. */
    public ReadOnlyIntegerProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Called with each file that loaded (the shell records it as recent). */
    public void setOnLoaded(Consumer<Path> callback) {
        onLoaded = callback;
    }

    /** The secret of this project's pseudonyms (exports hash personal data with it). */
    public byte[] salt() {
        return salt.clone();
    }

    /** Takes the salt of an opened project, so its exports keep the same pseudonyms. */
    public void setSalt(byte[] projectSalt) {
        salt = projectSalt.clone();
    }

    private static byte[] newSalt() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Loads files in the background, one task each; a file already open is replaced. */
    public void load(List<Path> files) {
        for (Path file : files) {
            load(file, LoadOptions.detect(), () -> { });
        }
    }

    /** Loads one file with these options; {@code finished} runs after success or failure. */
    public void load(Path file, LoadOptions options, Runnable finished) {
        loading.set(loading.get() + 1);
        String title = Messages.get("task.loadFile", file.getFileName());
        executor.execute(BackgroundTask.of(title, progress -> DataLoader.load(file, options, progress.slice(0, 0.85))
                .withGuessedRoles(progress.slice(0.85, 1)))
                .onSuccess(source -> {
                    add(source);
                    onLoaded.accept(file);
                })
                .onFailure(error -> {
                    LOG.warn("Could not load {}", file, error);
                    dialogs.showError(Messages.get("data.error.loadTitle", file.getFileName()), ErrorText.of(error),
                            error);
                })
                .onFinished(() -> {
                    loading.set(loading.get() - 1);
                    finished.run();
                }));
    }

    /**
     * Closes every source and loads these files with their options (a project's sources);
     * {@code whenDone} runs once every load finished, whether it succeeded or not.
     */
    public void replaceAll(List<Path> files, List<LoadOptions> options, Runnable whenDone) {
        sources.clear();
        selected.set(null);
        if (files.isEmpty()) {
            whenDone.run();
            return;
        }
        int[] remaining = {files.size()};
        for (int i = 0; i < files.size(); i++) {
            load(files.get(i), options.get(i), () -> {
                if (--remaining[0] == 0) {
                    whenDone.run();
                }
            });
        }
    }

    /** Loads every data file of the bundled sample folder. */
    public boolean loadSampleData() {
        var folder = SampleDataLocator.locate();
        if (folder.isEmpty()) {
            dialogs.showError(Messages.get("sample.missingTitle"), Messages.get("sample.missing"), null);
            return false;
        }
        List<Path> files = SampleDataLocator.sampleFiles(dataFilesIn(folder.get()));
        load(files);
        return !files.isEmpty();
    }

    /** The data files directly inside {@code folder}, by name. */
    public static List<Path> dataFilesIn(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile).filter(WorkspaceViewModel::isDataFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public static boolean isDataFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(org.marketingworkbench.project.ProjectStore.EXTENSION)) {
            return false; // a project is opened as a project, not read as a table
        }
        return DATA_PATTERNS.stream().anyMatch(pattern -> name.endsWith(pattern.substring(1)));
    }

    public void remove(DataSource source) {
        sources.remove(source);
        if (selected.get() == source) {
            selected.set(sources.isEmpty() ? null : sources.get(0));
        }
    }

    private void add(DataSource source) {
        DataSource current = selected.get();
        boolean replacesSelected = current != null && current.path().equals(source.path());
        sources.removeIf(existing -> existing.path().equals(source.path()));
        sources.add(source);
        if (current == null || replacesSelected) {
            selected.set(source);
        }
    }
}
