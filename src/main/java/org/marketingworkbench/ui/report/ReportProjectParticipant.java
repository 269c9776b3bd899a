package org.marketingworkbench.ui.report;

import java.util.List;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.ReportParameters;
import org.marketingworkbench.ui.project.ProjectParticipant;

/**
 * Keeps the Report page in a project: the title, the note of each section (in the project's
 * notes, by section id) and the sections left out.
 */
public final class ReportProjectParticipant implements ProjectParticipant {
    private final ReportViewModel model;

    public ReportProjectParticipant(ReportViewModel model) {
        this.model = model;
    }

    @Override
    public Project saveInto(Project project) {
        Project result = project.withTitle(model.titleProperty().get());
        for (String id : model.knownSectionIds()) {
            result = result.withNote(id, model.noteProperty(id).get());
        }
        List<String> excluded = model.knownSectionIds().stream()
                .filter(id -> !model.includedProperty(id).get()).toList();
        return result.withPage(Pages.REPORT_PARAMETERS, new ReportParameters(excluded));
    }

    @Override
    public void restoreFrom(Project project) {
        model.titleProperty().set(project.title());
        project.notes().keySet().forEach(model::noteProperty);
        ReportParameters parameters = project.page(Pages.REPORT_PARAMETERS).orElse(new ReportParameters(List.of()));
        parameters.excluded().forEach(model::includedProperty);
        for (String id : model.knownSectionIds()) {
            model.noteProperty(id).set(project.note(id));
            model.includedProperty(id).set(parameters.includes(id));
        }
    }
}
