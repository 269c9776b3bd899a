package org.marketingworkbench.ui.recommend;

import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.project.RecommendPageParameters;
import org.marketingworkbench.recommend.Holdout;
import org.marketingworkbench.recommend.Method;
import org.marketingworkbench.recommend.Similarity;
import org.marketingworkbench.ui.project.ProjectParticipant;
import org.marketingworkbench.ui.workspace.InputSelection;
import org.marketingworkbench.ui.workspace.InputTable;

/** Keeps the Recommend page's choices in a project: tables, columns, settings and the customer shown. */
public final class RecommendProjectParticipant implements ProjectParticipant {
    private final RecommendViewModel model;

    public RecommendProjectParticipant(RecommendViewModel model) {
        this.model = model;
    }

    @Override
    public Project saveInto(Project project) {
        InputTable input = model.input().selectedProperty().get();
        if (input == null) {
            return project;
        }
        RecommendMapping mapping = model.mapping();
        RecommendSettings settings = model.settings();
        RecommendPageParameters parameters = new RecommendPageParameters(id(input), mapping.userProperty().get(),
                mapping.itemProperty().get(), mapping.valueProperty().get(), mapping.dateProperty().get(),
                mapping.explicitProperty().get(), settings.similarityProperty().get().id(),
                settings.neighboursProperty().get(), settings.topProperty().get(),
                settings.excludeBoughtProperty().get(),
                settings.decayProperty().get() ? settings.halfLifeDaysProperty().get() : null,
                settings.methodProperty().get().id(), settings.alphaProperty().get(),
                settings.holdoutProperty().get() == Holdout.Kind.RANDOM ? "random" : "last",
                settings.seedProperty().get(), id(model.attributes().selectedProperty().get()),
                id(model.segments().selectedProperty().get()), model.segmentColumnProperty().get(),
                model.lookup().customerProperty().get());
        return project.withPage(Pages.RECOMMEND_PARAMETERS, parameters);
    }

    @Override
    public void restoreFrom(Project project) {
        project.page(Pages.RECOMMEND_PARAMETERS).ifPresent(parameters -> {
            select(model.input(), parameters.input());
            model.mapping().apply(parameters.user(), parameters.item(), parameters.value(), parameters.date(),
                    parameters.explicit());
            select(model.attributes(), parameters.attributes());
            select(model.segments(), parameters.segments());
            if (parameters.segmentColumn() != null) {
                model.segmentColumnProperty().set(parameters.segmentColumn());
            }
            RecommendSettings settings = model.settings();
            settings.similarityProperty().set(Similarity.fromId(parameters.similarity()));
            settings.neighboursProperty().set(parameters.neighbours());
            settings.topProperty().set(parameters.top());
            settings.excludeBoughtProperty().set(parameters.excludeBought());
            settings.decayProperty().set(parameters.halfLifeDays() != null);
            if (parameters.halfLifeDays() != null) {
                settings.halfLifeDaysProperty().set(parameters.halfLifeDays());
            }
            settings.methodProperty().set(Method.fromId(parameters.method()));
            settings.alphaProperty().set(parameters.alpha());
            settings.holdoutProperty().set("random".equals(parameters.holdout()) ? Holdout.Kind.RANDOM
                    : Holdout.Kind.LAST);
            settings.seedProperty().set(parameters.seed());
            model.run();
            if (parameters.customer() != null) {
                model.lookup().customerProperty().set(parameters.customer());
            }
        });
    }

    private static String id(InputTable table) {
        return table == null ? null : table.prepared() ? Pages.PREPARED_INPUT : table.label();
    }

    private static void select(InputSelection selection, String id) {
        if (id == null) {
            return;
        }
        selection.choices().stream()
                .filter(input -> Pages.PREPARED_INPUT.equals(id) ? input.prepared() : input.label().equals(id))
                .findFirst().ifPresent(input -> selection.selectedProperty().set(input));
    }

    @Override
    public String page() {
        return org.marketingworkbench.project.Pages.RECOMMEND;
    }
}
