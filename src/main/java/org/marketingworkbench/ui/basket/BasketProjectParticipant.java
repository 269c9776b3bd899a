package org.marketingworkbench.ui.basket;

import java.util.Optional;
import org.marketingworkbench.basket.BasketInput;
import org.marketingworkbench.project.BasketParameters;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.ui.project.ProjectParticipant;
import org.marketingworkbench.ui.workspace.InputSelection;
import org.marketingworkbench.ui.workspace.InputTable;

/** Keeps the Baskets page's choices in a project: input, layout, category mapping and mining limits. */
public final class BasketProjectParticipant implements ProjectParticipant {
    private final BasketViewModel model;

    public BasketProjectParticipant(BasketViewModel model) {
        this.model = model;
    }

    @Override
    public Project saveInto(Project project) {
        BasketParameters parameters = model.parameters();
        return parameters == null ? project : project.withPage(Pages.BASKET_PARAMETERS, parameters);
    }

    @Override
    public void restoreFrom(Project project) {
        project.page(Pages.BASKET_PARAMETERS).ifPresent(parameters -> {
            find(model.input(), parameters.input()).ifPresent(input -> model.input().selectedProperty().set(input));
            model.minSupportProperty().set(parameters.minSupport());
            model.supportIsCountProperty().set(parameters.supportIsCount());
            model.minConfidenceProperty().set(parameters.minConfidence());
            model.minLiftProperty().set(parameters.minLift());
            model.maxLengthProperty().set(parameters.maxLength());
            model.multiConsequentProperty().set(parameters.multiConsequent());
            model.includeProperty().set(String.join(", ", parameters.include()));
            model.excludeProperty().set(String.join(", ", parameters.exclude()));
            BasketInput baskets = parameters.baskets();
            if (baskets != null) {
                InputTable source = parameters.mappingSource() == null ? null
                        : find(model.input(), parameters.mappingSource()).orElse(null);
                model.mapping().apply(baskets, source, parameters.mappingFrom(), parameters.mappingTo());
            }
            model.mine();
        });
    }

    private static Optional<InputTable> find(InputSelection selection, String id) {
        return selection.choices().stream()
                .filter(input -> Pages.PREPARED_INPUT.equals(id) ? input.prepared() : input.label().equals(id))
                .findFirst();
    }

    @Override
    public String page() {
        return org.marketingworkbench.project.Pages.BASKETS;
    }
}
