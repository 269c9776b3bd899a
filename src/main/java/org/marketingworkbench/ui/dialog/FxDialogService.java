package org.marketingworkbench.ui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;
import org.marketingworkbench.i18n.Messages;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final Consumer<String> statusLine;
    private Path lastFolder;

    public FxDialogService(Window owner, Consumer<String> statusLine) {
        this.owner = owner;
        this.statusLine = statusLine;
    }

    @Override
    public void showError(String title, String message, Throwable detail) {
        if (detail == null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
            alert.initOwner(owner);
            alert.setTitle(title);
            alert.setHeaderText(title);
            alert.show();
            return;
        }
        ExceptionDialog dialog = new ExceptionDialog(detail);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        dialog.getDialogPane().setContentText(Messages.get("error.detailHint"));
        dialog.show();
    }

    @Override
    public void notify(String message) {
        statusLine.accept(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(560, 360);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileType> types) {
        List<File> files = fileChooser(title, types).showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).toPath().getParent();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        File file = fileChooser(title, types).showOpenDialog(owner);
        return remember(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = fileChooser(title, types);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return Optional.empty();
        }
        lastFolder = folder.toPath();
        return Optional.of(folder.toPath());
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, T preselected) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(preselected, choices);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        return dialog.showAndWait();
    }

    private FileChooser fileChooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.toPath().getParent();
        return Optional.of(file.toPath());
    }
}
