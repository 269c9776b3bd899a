package org.marketingworkbench.ui.data;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * The Data page: the open sources, the one selected with what its load reported, its rows
 * (filter and sort), the column inspector and the options to read it again.
 */
public final class DataViewModel {
    private final WorkspaceViewModel workspace;
    private final DialogService dialogs;
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problemSummary = new ReadOnlyStringWrapper(this, "problemSummary", "");
    private final RowsViewModel rows;
    private final ColumnInspectorViewModel inspector;
    private final LoadOptionsViewModel loadOptions;

    public DataViewModel(WorkspaceViewModel workspace, TaskExecutor executor, DialogService dialogs) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.rows = new RowsViewModel(executor);
        this.inspector = new ColumnInspectorViewModel(executor, this::replace);
        this.loadOptions = new LoadOptionsViewModel(executor, workspace);
        workspace.selectedProperty().addListener((obs, old, source) -> show(source));
        show(workspace.selectedProperty().get());
    }

    public ObservableList<DataSource> sources() {
        return workspace.sources();
    }

    public ObjectProperty<DataSource> selectedProperty() {
        return workspace.selectedProperty();
    }

    public ReadOnlyIntegerProperty loadingProperty() {
        return workspace.loadingProperty();
    }

    /** What the load of the selected source reported: notices, then ragged rows with their lines. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** One sentence saying there is something to check about the selected file, or empty. */
    public ReadOnlyStringProperty problemSummaryProperty() {
        return problemSummary.getReadOnlyProperty();
    }

    public RowsViewModel rows() {
        return rows;
    }

    public ColumnInspectorViewModel inspector() {
        return inspector;
    }

    public LoadOptionsViewModel loadOptions() {
        return loadOptions;
    }

    /** Asks for data files and opens them (as File > Open). */
    public void importData() {
        workspace.load(dialogs.chooseFilesToOpen(Messages.get("menu.file.open"),
                List.of(new DialogService.FileType(Messages.get("files.data"), WorkspaceViewModel.DATA_PATTERNS))));
    }

    /** Columns of the selected source that hold personal data (pseudonymised on export). */
    public Set<String> personalColumns() {
        DataSource source = workspace.selectedProperty().get();
        if (source == null) {
            return Set.of();
        }
        return source.roles().entrySet().stream().filter(entry -> entry.getValue() == ColumnRole.PERSONAL)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    public void remove(DataSource source) {
        if (source != null) {
            workspace.remove(source);
        }
    }

    /** Puts a changed copy of a source (new role or type) in its place; pages that use it follow. */
    void replace(DataSource old, DataSource changed) {
        int index = workspace.sources().indexOf(old);
        if (index < 0) {
            return;
        }
        boolean selected = workspace.selectedProperty().get() == old;
        workspace.sources().set(index, changed);
        if (selected) {
            workspace.selectedProperty().set(changed);
        }
    }

    private void show(DataSource source) {
        List<String> lines = DataFormats.problems(source);
        problems.setAll(lines);
        problemSummary.set(lines.isEmpty() ? "" : Messages.get("data.problem.summary", lines.size(),
                source.name()));
        rows.tableProperty().set(source == null ? null : source.table());
        inspector.sourceProperty().set(source);
        loadOptions.sourceProperty().set(source);
    }
}
