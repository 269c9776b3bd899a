package org.marketingworkbench.ui.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.project.OpenedProject;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.ProjectSource;
import org.marketingworkbench.project.ProjectSources;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.project.RecoveryStore;
import org.marketingworkbench.project.SourceStatus;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * The project of this session: saving (atomic, in the background), opening (sources checked for
 * changes and moves, loaded with their stored options, then every page restored), recent
 * projects and the recovery copy written every few minutes.
 */
public final class ProjectSession {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final WorkspaceViewModel workspace;
    private final ProjectStore store = new ProjectStore();
    private final RecoveryStore recovery;
    private final List<ProjectParticipant> participants = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private java.util.function.Consumer<Path> onRemembered = path -> { };
    private Project project = Project.create("");
    private javafx.beans.value.ChangeListener<Object> waitingForPrepared;

    public ProjectSession(TaskExecutor executor, DialogService dialogs, WorkspaceViewModel workspace,
            RecoveryStore recovery) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.workspace = workspace;
        this.recovery = recovery;
        workspace.setSalt(project.saltBytes());
    }

    public void addParticipant(ProjectParticipant participant) {
        participants.add(participant);
    }

    /** The project file, or null before the first save. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Called with every project file saved or opened (the shell keeps the recent list). */
    public void setOnRemembered(java.util.function.Consumer<Path> callback) {
        onRemembered = callback;
    }

    /** The project as it would be saved now: sources, every page's parameters, what the file already held. */
    public Project snapshot(Path projectFile) {
        List<ProjectSource> sources = new ArrayList<>();
        for (DataSource source : workspace.sources()) {
            LoadOptions options = LoadOptions.detect().withCharset(source.charset());
            if (source.delimiter() != null) {
                options = options.withDelimiter(source.delimiter());
            }
            ProjectSource described = ProjectSources.describe(source.name(), source.path(), options, projectFile);
            // fields a newer version wrote on this source are kept, as on the project itself
            sources.add(project.source(described.id()).map(stored -> new ProjectSource(described.id(), described.path(),
                    described.absolutePath(), described.options(), described.sha256(), stored.unknown()))
                    .orElse(described));
        }
        Project current = project.withSources(sources).withSalt(workspace.salt());
        for (ProjectParticipant participant : participants) {
            current = participant.saveInto(current);
        }
        return current;
    }

    /** Saves to the current file, or asks for one (Ctrl+S). */
    public void save() {
        if (file.get() == null) {
            saveAs();
        } else {
            saveTo(file.get());
        }
    }

    public void saveAs() {
        String suggested = file.get() == null ? "workbench" + ProjectStore.EXTENSION : file.get().getFileName().toString();
        dialogs.chooseFileToSave(Messages.get("project.saveTitle"), suggested, List.of(projectType()))
                .map(ProjectSession::withExtension).ifPresent(this::saveTo);
    }

    private void saveTo(Path target) {
        Project toSave = snapshot(target);
        executor.execute(BackgroundTask.of(Messages.get("project.task.save", target.getFileName()), progress -> {
            store.write(toSave, target);
            return toSave;
        }).onSuccess(saved -> {
            project = saved;
            file.set(target);
            remember(target);
            clearRecovery();
            dialogs.notify(Messages.get("project.saved", target));
        }).onFailure(error -> dialogs.showError(Messages.get("project.error.saveTitle"), ErrorText.of(error), error)));
    }

    /** Asks for a project file and opens it (File > Open project). */
    public void open() {
        dialogs.chooseFileToOpen(Messages.get("project.openTitle"), List.of(projectType())).ifPresent(this::open);
    }

    public void open(Path projectFile) {
        executor.execute(BackgroundTask.of(Messages.get("project.task.open", projectFile.getFileName()),
                progress -> store.open(projectFile))
                .onSuccess(this::opened)
                .onFailure(error -> dialogs.showError(Messages.get("project.error.openTitle", projectFile.getFileName()),
                        ErrorText.of(error), error)));
    }

    private void opened(OpenedProject opened) {
        Project loaded = opened.project();
        List<String> problems = new ArrayList<>();
        for (SourceStatus status : opened.sources()) {
            if (status.state() == SourceStatus.State.MISSING) {
                var located = dialogs.chooseFileToOpen(Messages.get("project.locate", status.source().fileName()), List.of());
                if (located.isPresent()) {
                    loaded = ProjectSources.relocate(loaded, status.source().id(), located.get(), opened.file());
                } else {
                    problems.add(Messages.get("project.sourceMissing", status.source().fileName()));
                }
            } else if (status.state() == SourceStatus.State.CHANGED) {
                problems.add(Messages.get("project.sourceChanged", status.source().fileName()));
            }
        }
        if (!problems.isEmpty()) {
            dialogs.showInformation(Messages.get("project.sourcesTitle"), String.join("\n", problems));
        }
        project = loaded;
        file.set(opened.file());
        remember(opened.file());
        workspace.setSalt(loaded.saltBytes());
        Project restored = loaded;
        List<LoadRequest> requests = new ArrayList<>();
        for (ProjectSource source : loaded.sources()) {
            // a source never found has no absolute place when the file was written by hand (the sample project)
            Path path = source.absolutePath() == null ? null : Path.of(source.absolutePath());
            if (path != null && java.nio.file.Files.isRegularFile(path)) {
                requests.add(new LoadRequest(path, source.options().toLoadOptions()));
            }
        }
        workspace.replaceAll(requests.stream().map(LoadRequest::file).toList(),
                requests.stream().map(LoadRequest::options).toList(),
                () -> restore(restored));
    }

    /**
     * Gives every page its parameters back. Pages reading the prepared data wait until the recipe
     * (restored first, in the background) has made it; the others start at once.
     */
    private void restore(Project restored) {
        if (waitingForPrepared != null) { // an earlier project whose recipe never made its table
            workspace.preparedProperty().removeListener(waitingForPrepared);
            waitingForPrepared = null;
        }
        List<ProjectParticipant> later = new ArrayList<>();
        for (ProjectParticipant participant : participants) {
            if (readsPreparedData(restored, participant) && workspace.preparedProperty().get() == null) {
                later.add(participant);
            } else {
                participant.restoreFrom(restored);
            }
        }
        if (!later.isEmpty()) {
            javafx.beans.value.ChangeListener<Object> once = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<?> value, Object before, Object now) {
                    if (now != null) {
                        workspace.preparedProperty().removeListener(this);
                        waitingForPrepared = null;
                        later.forEach(participant -> participant.restoreFrom(restored));
                    }
                }
            };
            waitingForPrepared = once;
            workspace.preparedProperty().addListener(once);
        }
    }

    private static boolean readsPreparedData(Project project, ProjectParticipant participant) {
        return participant.page() != null && project.pages().raw(participant.page())
                .map(parameters -> org.marketingworkbench.project.Pages.PREPARED_INPUT
                        .equals(parameters.path("input").asText(null)))
                .orElse(false);
    }

    /** Writes the recovery copy (the shell calls this every few minutes); quiet unless it fails. */
    public void autosave() {
        if (workspace.sources().isEmpty()) {
            return;
        }
        Project toSave = snapshot(file.get() == null ? Path.of("recovery" + ProjectStore.EXTENSION) : file.get());
        Path projectFile = file.get();
        executor.execute(BackgroundTask.of(Messages.get("project.task.autosave"), progress -> {
            recovery.save(toSave, projectFile);
            return null;
        }).onFailure(error -> dialogs.notify(Messages.get("project.autosaveFailed", ErrorText.of(error)))));
    }

    /** After a crash: offers the recovery copy when it is newer than the saved project. */
    public void offerRecovery() {
        recovery.pending().ifPresent(found -> {
            if (dialogs.confirm(Messages.get("project.recoverTitle"), Messages.get("project.recover", found.savedAt()))) {
                Path source = found.projectFile() == null ? recovery.file() : found.projectFile();
                executor.execute(BackgroundTask.of(Messages.get("project.task.open", source.getFileName()),
                        progress -> new OpenedProject(found.project(), source,
                                ProjectSources.check(found.project(), source)))
                        .onSuccess(this::opened));
            }
            clearRecovery();
        });
    }

    private void clearRecovery() {
        try {
            recovery.clear();
        } catch (java.io.IOException e) {
            dialogs.notify(Messages.get("project.autosaveFailed", e.getMessage()));
        }
    }

    private void remember(Path projectFile) {
        onRemembered.accept(projectFile.toAbsolutePath());
    }

    private static DialogService.FileType projectType() {
        return new DialogService.FileType(Messages.get("files.project"), List.of("*" + ProjectStore.EXTENSION));
    }

    private static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(ProjectStore.EXTENSION) ? path
                : path.resolveSibling(name.replaceFirst("\\.json$", "") + ProjectStore.EXTENSION);
    }

    private record LoadRequest(Path file, LoadOptions options) {
    }
}
