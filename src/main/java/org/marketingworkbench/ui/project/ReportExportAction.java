package org.marketingworkbench.ui.project;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.SourceStatus;
import org.marketingworkbench.project.report.LoadedProject;
import org.marketingworkbench.project.report.ProjectReport;
import org.marketingworkbench.report.html.PdfReport;
import org.marketingworkbench.report.html.ReportExport;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * "Export all": the report (HTML and PDF) with every table and chart, into one folder. It is
 * built from the project as it would be saved now and the tables already open, through the same
 * section builders as the report command, so the window and the command line write the same report.
 */
public final class ReportExportAction {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ProjectSession session;
    private final WorkspaceViewModel workspace;

    public ReportExportAction(TaskExecutor executor, DialogService dialogs, ProjectSession session,
            WorkspaceViewModel workspace) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.session = session;
        this.workspace = workspace;
    }

    public void exportAll() {
        dialogs.chooseFolder(Messages.get("report.exportAllTitle")).ifPresent(this::exportTo);
    }

    public void exportTo(Path folder) {
        Path projectFile = session.fileProperty().get() == null ? folder.resolve("workbench.mwb.json")
                : session.fileProperty().get();
        Project project = session.snapshot(projectFile);
        Map<String, DataSource> sources = new LinkedHashMap<>();
        workspace.sources().forEach(source -> sources.put(source.name(), source));
        List<SourceStatus> statuses = project.sources().stream()
                .map(source -> new SourceStatus(source, SourceStatus.State.FOUND, Path.of(source.absolutePath()),
                        List.of(Path.of(source.absolutePath()))))
                .toList();
        LoadedProject loaded = new LoadedProject(project, projectFile, sources, statuses, Optional.empty());
        executor.execute(BackgroundTask.of(Messages.get("report.task.exportAll"), progress -> {
            ProjectReport.Result result = ProjectReport.build(loaded, ZonedDateTime.now(), progress.slice(0, 0.5));
            progress.update(0.5, 1, Messages.get("report.task.writing"));
            return new ReportExport(new PdfReport()).exportTo(result.report(), folder);
        }).onSuccess(written -> dialogs.notify(Messages.get("report.exported", folder, written.tables().size(),
                written.charts().size())))
                .onFailure(error -> dialogs.showError(Messages.get("report.error.exportTitle"), ErrorText.of(error), error)));
    }
}
