package org.marketingworkbench.project.report;

import java.util.List;
import java.util.Optional;
import org.marketingworkbench.campaign.BudgetPlan;
import org.marketingworkbench.campaign.Campaign;
import org.marketingworkbench.campaign.CampaignAnalysis;
import org.marketingworkbench.campaign.CampaignReader;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.project.CampaignParameters;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.CampaignSection;
import tech.tablesaw.api.Table;

/** Scores the project's campaigns again with the stored input, column mapping, a and budget. */
public final class CampaignSectionBuilder implements SectionBuilder {

    /** The Campaigns page's results, recomputed. */
    public record Recomputed(CampaignAnalysis analysis, List<BudgetPlan.Line> plan, double budget, String inputName) {
    }

    @Override
    public String page() {
        return Pages.CAMPAIGNS;
    }

    @Override
    public Optional<ReportSection> build(LoadedProject project, Progress progress) {
        return recompute(project).map(result -> new CampaignSection(result.analysis(), result.plan(), result.budget(),
                result.inputName()));
    }

    /** The results the Campaigns page showed, or empty when the project never used the page. */
    public static Optional<Recomputed> recompute(LoadedProject project) {
        Optional<CampaignParameters> stored = project.project().page(Pages.CAMPAIGN_PARAMETERS);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        CampaignParameters parameters = stored.get();
        double alpha = parameters.alpha();
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new BadInputException("campaign.error.alpha", alpha);
        }
        Table table = project.input(parameters.input());
        List<Campaign> campaigns = CampaignReader.read(table, parameters.columnsFor(table.columnNames()));
        CampaignAnalysis analysis = CampaignAnalysis.of(campaigns, alpha);
        double budget = parameters.budget() != null ? parameters.budget()
                : campaigns.stream().mapToDouble(Campaign::cost).filter(cost -> !Double.isNaN(cost)).sum();
        List<BudgetPlan.Line> plan = BudgetPlan.plan(analysis.matrix(), budget);
        return Optional.of(new Recomputed(analysis, plan, budget, project.inputName(parameters.input())));
    }
}
