package org.marketingworkbench.ui.data;

import java.util.List;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ObservableList;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/** The Data page: the open sources, the one selected, and opening more. */
public final class DataViewModel {
    private final WorkspaceViewModel workspace;
    private final DialogService dialogs;

    public DataViewModel(WorkspaceViewModel workspace, DialogService dialogs) {
        this.workspace = workspace;
        this.dialogs = dialogs;
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

    public void importData() {
        List<Path> files = dialogs.chooseFilesToOpen(Messages.get("menu.file.open"),
                List.of(new DialogService.FileType(Messages.get("files.data"), WorkspaceViewModel.DATA_PATTERNS)));
        workspace.load(files);
    }

    /** Columns of the selected source that hold personal data (pseudonymised on export). */
    public java.util.Set<String> personalColumns() {
        DataSource source = workspace.selectedProperty().get();
        if (source == null) {
            return java.util.Set.of();
        }
        return source.roles().entrySet().stream()
                .filter(entry -> entry.getValue() == org.marketingworkbench.data.ColumnRole.PERSONAL)
                .map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public void remove(DataSource source) {
        if (source != null) {
            workspace.remove(source);
        }
    }
}
