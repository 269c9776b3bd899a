package org.marketingworkbench.ui.campaign;

import java.util.List;
import org.marketingworkbench.campaign.Campaign;
import org.marketingworkbench.campaign.CampaignColumns;
import org.marketingworkbench.project.CampaignParameters;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.project.Project;
import org.marketingworkbench.ui.project.ProjectParticipant;
import org.marketingworkbench.ui.workspace.InputTable;

/** Keeps the Campaigns page's choices in a project: input, columns, a, budget and the A/B pair. */
public final class CampaignProjectParticipant implements ProjectParticipant {
    private final CampaignViewModel model;

    public CampaignProjectParticipant(CampaignViewModel model) {
        this.model = model;
    }

    @Override
    public Project saveInto(Project project) {
        InputTable input = model.input().selectedProperty().get();
        if (input == null) {
            return project;
        }
        double budget = model.budgetProperty().get();
        Campaign a = model.testAProperty().get();
        Campaign b = model.testBProperty().get();
        CampaignParameters parameters = new CampaignParameters(input.prepared() ? Pages.PREPARED_INPUT : input.label(),
                model.mapping().mapping(), model.alphaProperty().get(), Double.isNaN(budget) ? null : budget,
                a == null ? null : a.label(), b == null ? null : b.label());
        return project.withPage(Pages.CAMPAIGN_PARAMETERS, parameters);
    }

    @Override
    public void restoreFrom(Project project) {
        project.page(Pages.CAMPAIGN_PARAMETERS).ifPresent(parameters -> {
            model.input().choices().stream()
                    .filter(input -> Pages.PREPARED_INPUT.equals(parameters.input()) ? input.prepared()
                            : input.label().equals(parameters.input()))
                    .findFirst().ifPresent(input -> model.input().selectedProperty().set(input));
            CampaignColumns columns = parameters.columns();
            if (columns != null) {
                model.mapping().apply(columns);
            }
            model.alphaProperty().set(parameters.alpha());
            model.budgetProperty().set(parameters.budget() == null ? Double.NaN : parameters.budget());
            select(model.campaignsProperty().get(), parameters.testA(), model.testAProperty());
            select(model.campaignsProperty().get(), parameters.testB(), model.testBProperty());
        });
    }

    private static void select(List<Campaign> campaigns, String label, javafx.beans.property.ObjectProperty<Campaign> target) {
        if (label != null) {
            campaigns.stream().filter(campaign -> campaign.label().equals(label)).findFirst().ifPresent(target::set);
        }
    }

    @Override
    public String page() {
        return org.marketingworkbench.project.Pages.CAMPAIGNS;
    }
}
