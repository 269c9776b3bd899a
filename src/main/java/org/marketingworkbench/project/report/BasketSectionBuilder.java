package org.marketingworkbench.project.report;

import java.util.Map;
import java.util.Optional;
import org.marketingworkbench.basket.BasketAnalysis;
import org.marketingworkbench.basket.BasketMiner;
import org.marketingworkbench.basket.ItemMapping;
import org.marketingworkbench.basket.Transactions;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.project.BasketParameters;
import org.marketingworkbench.project.Pages;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.BasketSection;

/** Mines the project's baskets again with the stored layout, category mapping and limits. */
public final class BasketSectionBuilder implements SectionBuilder {

    @Override
    public String page() {
        return Pages.BASKETS;
    }

    @Override
    public Optional<ReportSection> build(LoadedProject project, Progress progress) {
        return recompute(project, progress).map(analysis -> new BasketSection(analysis,
                project.inputName(project.project().page(Pages.BASKET_PARAMETERS).orElseThrow().input())));
    }

    /** The analysis the Baskets page showed, or empty when the project never used the page. */
    public static Optional<BasketAnalysis> recompute(LoadedProject project, Progress progress) {
        Optional<BasketParameters> stored = project.project().page(Pages.BASKET_PARAMETERS);
        if (stored.isEmpty() || stored.get().baskets() == null) {
            return Optional.empty();
        }
        BasketParameters parameters = stored.get();
        Transactions baskets = parameters.baskets().read(project.input(parameters.input()), progress.slice(0, 0.2));
        if (parameters.mappingSource() != null) {
            Map<String, String> categories = ItemMapping.of(project.input(parameters.mappingSource()),
                    parameters.mappingFrom(), parameters.mappingTo());
            baskets = baskets.mapped(categories);
        }
        return Optional.of(BasketMiner.mine(baskets, parameters.mining(), progress.slice(0.2, 1)));
    }
}
