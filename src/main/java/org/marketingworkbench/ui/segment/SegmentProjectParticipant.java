package org.marketingworkbench.ui.segment;

import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.ui.project.ProjectParticipant;

/**
 * Keeps the Segments page in a project: the parameters of the segmentation shown (input,
 * features, scaling, k and its range, seed, restarts, money column) and the names given to the
 * segments. A project whose page was never used keeps none.
 */
public final class SegmentProjectParticipant implements ProjectParticipant {
    private final SegmentViewModel model;

    public SegmentProjectParticipant(SegmentViewModel model) {
        this.model = model;
    }

    @Override
    public Project saveInto(Project project) {
        return model.projectParameters()
                .map(parameters -> project.withPage(Pages.SEGMENT_PARAMETERS, parameters)
                        .withSegmentNames(model.projectSegmentNames()))
                .orElse(project);
    }

    @Override
    public void restoreFrom(Project project) {
        project.page(Pages.SEGMENT_PARAMETERS)
                .ifPresent(parameters -> model.restore(parameters, project.segmentNames()));
    }

    @Override
    public String page() {
        return org.marketingworkbench.project.Pages.SEGMENTS;
    }
}
