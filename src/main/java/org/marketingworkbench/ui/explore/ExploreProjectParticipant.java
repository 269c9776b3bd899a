package org.marketingworkbench.ui.explore;

import java.util.List;
import org.marketingworkbench.project.ExploreParameters;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.ui.project.ProjectParticipant;
import org.marketingworkbench.ui.workspace.InputTable;

/** Keeps the Explore page's choices in a project: input, distribution column and split, bins, pivot, correlations. */
public final class ExploreProjectParticipant implements ProjectParticipant {
    private final ExploreViewModel model;

    public ExploreProjectParticipant(ExploreViewModel model) {
        this.model = model;
    }

    @Override
    public Project saveInto(Project project) {
        InputTable input = model.input().selectedProperty().get();
        if (input == null) {
            return project;
        }
        DistributionViewModel distribution = model.distribution();
        ExploreParameters parameters = new ExploreParameters(input.prepared() ? Pages.PREPARED_INPUT : input.label(),
                blankToNull(distribution.columnProperty().get()), blankToNull(distribution.splitByProperty().get()),
                distribution.binsProperty().get(), model.pivot().spec(), List.copyOf(model.correlation().columns()),
                model.correlation().methodProperty().get());
        return project.withPage(Pages.EXPLORE_PARAMETERS, parameters);
    }

    @Override
    public void restoreFrom(Project project) {
        project.page(Pages.EXPLORE_PARAMETERS).ifPresent(parameters -> {
            model.input().choices().stream()
                    .filter(input -> Pages.PREPARED_INPUT.equals(parameters.input()) ? input.prepared()
                            : input.label().equals(parameters.input()))
                    .findFirst().ifPresent(input -> model.input().selectedProperty().set(input));
            List<String> columns = model.columns();
            DistributionViewModel distribution = model.distribution();
            if (parameters.column() != null && columns.contains(parameters.column())) {
                distribution.columnProperty().set(parameters.column());
            }
            distribution.splitByProperty().set(parameters.splitBy() != null && columns.contains(parameters.splitBy())
                    ? parameters.splitBy() : "");
            distribution.binsProperty().set(parameters.bins());
            if (parameters.pivot() != null) {
                model.pivot().apply(parameters.pivot());
            }
            model.correlation().methodProperty().set(parameters.correlation());
            model.correlation().choose(parameters.correlationColumns());
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    @Override
    public String page() {
        return org.marketingworkbench.project.Pages.EXPLORE;
    }
}
