package org.marketingworkbench.ui.data;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.DataPreview;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.FileFormat;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * How the selected file is read: encoding, delimiter, header row and sheet, with a live preview
 * of the first rows that follows every change, and a reload with the chosen options.
 */
public final class LoadOptionsViewModel {
    /** Rows the preview shows. */
    static final int PREVIEW_ROWS = 30;

    private final TaskExecutor executor;
    private final WorkspaceViewModel workspace;
    private final ObjectProperty<DataSource> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<LoadChoices.Encoding> encoding = new SimpleObjectProperty<>(this, "encoding",
            LoadChoices.Encoding.DETECT);
    private final ObjectProperty<LoadChoices.Delimiter> delimiter = new SimpleObjectProperty<>(this, "delimiter",
            LoadChoices.Delimiter.DETECT);
    private final ObjectProperty<LoadChoices.Header> header = new SimpleObjectProperty<>(this, "header",
            LoadChoices.Header.DETECT);
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DataPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper text = new ReadOnlyBooleanWrapper(this, "text");
    private final ReadOnlyBooleanWrapper reloading = new ReadOnlyBooleanWrapper(this, "reloading");
    private boolean resetting;
    private int request;

    public LoadOptionsViewModel(TaskExecutor executor, WorkspaceViewModel workspace) {
        this.executor = executor;
        this.workspace = workspace;
        source.addListener((obs, old, value) -> {
            if (old == null || value == null || !old.path().equals(value.path())) {
                reset(value);
            }
        });
        encoding.addListener((obs, old, value) -> refresh());
        delimiter.addListener((obs, old, value) -> refresh());
        header.addListener((obs, old, value) -> refresh());
        sheet.addListener((obs, old, value) -> refresh());
    }

    public ObjectProperty<DataSource> sourceProperty() {
        return source;
    }

    public ObjectProperty<LoadChoices.Encoding> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<LoadChoices.Delimiter> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<LoadChoices.Header> headerProperty() {
        return header;
    }

    /** The workbook sheet to read (null: the first). */
    public ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    /** The first rows read with the chosen options, or null while there is none. */
    public ReadOnlyObjectProperty<DataPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the file cannot be read with these options (for example the wrong encoding), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True for delimited text, where encoding, delimiter and header apply. */
    public ReadOnlyBooleanProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reloadingProperty() {
        return reloading.getReadOnlyProperty();
    }

    /** The options as chosen; "detect" stays empty. */
    public LoadOptions options() {
        return new LoadOptions(encoding.get().charset(), delimiter.get().value(), header.get().value(),
                Optional.ofNullable(sheet.get()));
    }

    /** Loads the file again with the chosen options, in the background; the new table replaces the old one. */
    public void reload() {
        DataSource current = source.get();
        if (current == null || reloading.get()) {
            return;
        }
        reloading.set(true);
        workspace.load(current.path(), options(), () -> reloading.set(false));
    }

    /** What the preview detected, for example "GB18030, comma, header row". */
    public String detected() {
        DataPreview shown = preview.get();
        if (shown == null || shown.layout().format() != FileFormat.TEXT) {
            return "";
        }
        var layout = shown.layout();
        return Messages.get(layout.header() ? "data.options.readAsHeader" : "data.options.readAsNoHeader",
                layout.charset().name(), DataFormats.delimiter(layout.delimiter()));
    }

    private void reset(DataSource value) {
        resetting = true;
        encoding.set(LoadChoices.Encoding.DETECT);
        delimiter.set(LoadChoices.Delimiter.DETECT);
        header.set(LoadChoices.Header.DETECT);
        boolean workbook = value != null && FileFormat.of(value.path()) == FileFormat.WORKBOOK;
        sheets.clear();
        sheet.set(workbook && value.report() != null ? value.report().layout().sheet() : null);
        text.set(value != null && FileFormat.of(value.path()) == FileFormat.TEXT);
        resetting = false;
        refresh();
    }

    private void refresh() {
        if (resetting) {
            return;
        }
        int current = ++request;
        DataSource shown = source.get();
        if (shown == null) {
            preview.set(null);
            problem.set("");
            return;
        }
        Path path = shown.path();
        LoadOptions options = options();
        executor.execute(BackgroundTask.of(Messages.get("data.task.preview", shown.name()),
                progress -> DataLoader.preview(path, options, PREVIEW_ROWS)).onSuccess(read -> {
                    if (current == request) {
                        problem.set("");
                        if (!sheets.equals(read.sheets())) {
                            sheets.setAll(read.sheets());
                        }
                        preview.set(read);
                    }
                }).onFailure(error -> {
                    if (current == request) {
                        preview.set(null);
                        problem.set(ErrorText.of(error));
                    }
                }));
    }
}
