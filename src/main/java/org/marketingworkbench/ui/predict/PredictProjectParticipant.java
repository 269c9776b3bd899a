package org.marketingworkbench.ui.predict;

import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.ui.project.ProjectParticipant;

/**
 * Keeps the Predict page's choices in a project (input, target, features, model, validation,
 * seed, threshold), so that reopening it, and the report, train the same model again.
 */
public final class PredictProjectParticipant implements ProjectParticipant {
    private final PredictViewModel model;

    public PredictProjectParticipant(PredictViewModel model) {
        this.model = model;
    }

    @Override
    public Project saveInto(Project project) {
        // A page that never had a table or a target has nothing worth keeping or reporting.
        if (model.input().selectedProperty().get() == null || model.setup().targetProperty().get() == null) {
            return project;
        }
        return project.withPage(Pages.PREDICT_PARAMETERS, model.parameters());
    }

    @Override
    public void restoreFrom(Project project) {
        // results are recomputed on open (seeded), as on every other page
        project.page(Pages.PREDICT_PARAMETERS).ifPresent(parameters -> {
            model.apply(parameters);
            model.train();
        });
    }

    @Override
    public String page() {
        return org.marketingworkbench.project.Pages.PREDICT;
    }
}
