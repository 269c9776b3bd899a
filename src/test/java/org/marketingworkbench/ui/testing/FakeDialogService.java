package org.marketingworkbench.ui.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.marketingworkbench.ui.dialog.DialogService;

/** A dialog service for view-model tests: records what was shown and answers from a script. */
public final class FakeDialogService implements DialogService {
    /** One error the view-model showed. */
    public record ShownError(String title, String message, Throwable detail) {
    }

    public final List<ShownError> errors = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final Deque<List<Path>> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<Object> choices = new ArrayDeque<>();
    public boolean confirmAnswer = true;

    @Override
    public void showError(String title, String message, Throwable detail) {
        errors.add(new ShownError(title, message, detail));
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return confirmAnswer;
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(title + "\n" + message);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileType> types) {
        return filesToOpen.isEmpty() ? List.of() : filesToOpen.pop();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        List<Path> files = chooseFilesToOpen(title, types);
        return files.isEmpty() ? Optional.empty() : Optional.of(files.get(0));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String message, List<T> options, T preselected) {
        return Optional.ofNullable((T) choices.poll());
    }
}
