package org.marketingworkbench.ui.report;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import org.marketingworkbench.campaign.CampaignAnalysis;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.CampaignSection;
import org.marketingworkbench.ui.campaign.CampaignViewModel;
import org.marketingworkbench.ui.workspace.InputTable;

/** The campaign scores as the Campaigns page shows them: the same a, budget and plan. */
public final class CampaignReportProvider implements ReportSectionProvider {
    private final ObjectBinding<ReportSection> section;

    public CampaignReportProvider(CampaignViewModel campaigns) {
        section = Bindings.createObjectBinding(() -> {
            CampaignAnalysis analysis = campaigns.analysisProperty().get();
            InputTable input = campaigns.input().selectedProperty().get();
            if (analysis == null || analysis.ranking().isEmpty() || input == null) {
                return null;
            }
            return new CampaignSection(analysis, List.copyOf(campaigns.plan()), plannedBudget(campaigns, analysis),
                    ReportInputs.name(input));
        }, campaigns.analysisProperty(), campaigns.plan(), campaigns.budgetProperty(),
                campaigns.input().selectedProperty());
    }

    /** The budget the plan shares out: the one typed, else the campaigns' total cost (as the page plans it). */
    private static double plannedBudget(CampaignViewModel campaigns, CampaignAnalysis analysis) {
        double budget = campaigns.budgetProperty().get();
        return !Double.isNaN(budget) ? budget : analysis.campaigns().stream()
                .mapToDouble(campaign -> campaign.cost()).filter(cost -> !Double.isNaN(cost)).sum();
    }

    @Override
    public String reportSectionId() {
        return CampaignSection.ID;
    }

    @Override
    public String reportSectionTitle() {
        return Messages.get("report.campaign.title");
    }

    @Override
    public ObservableValue<ReportSection> reportSection() {
        return section;
    }
}
