package org.marketingworkbench.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a view-model asks of the user or tells them, behind an interface so view-models
 * are tested with a fake and never build dialogs themselves.
 */
public interface DialogService {

    /** A file type offered in the file choosers: a translated description and patterns like "*.csv". */
    record FileType(String description, List<String> patterns) {
    }

    /** One short sentence for the user, with the cause in an expandable detail section. */
    void showError(String title, String message, Throwable detail);

    /** A brief, non-blocking notice in the status bar. */
    void notify(String message);

    boolean confirm(String title, String message);

    /** Shows a longer text, such as help. */
    void showInformation(String title, String message);

    List<Path> chooseFilesToOpen(String title, List<FileType> types);

    Optional<Path> chooseFileToOpen(String title, List<FileType> types);

    Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types);

    Optional<Path> chooseFolder(String title);

    /** Picks one of several choices (for example a spreadsheet's sheet); empty when cancelled. */
    <T> Optional<T> choose(String title, String message, List<T> choices, T preselected);
}
