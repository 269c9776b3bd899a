package org.marketingworkbench.ui.report;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import org.marketingworkbench.basket.BasketAnalysis;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.BasketSection;
import org.marketingworkbench.ui.basket.BasketViewModel;

/** Every rule and itemset the Baskets page mined (not only those its filters show); nothing before mining. */
public final class BasketReportProvider implements ReportSectionProvider {
    private final ObjectBinding<ReportSection> section;

    public BasketReportProvider(BasketViewModel baskets) {
        section = Bindings.createObjectBinding(() -> {
            BasketAnalysis analysis = baskets.results().analysisProperty().get();
            return analysis == null ? null
                    : new BasketSection(analysis, ReportInputs.name(baskets.input().selectedProperty().get()));
        }, baskets.results().analysisProperty(), baskets.input().selectedProperty());
    }

    @Override
    public String reportSectionId() {
        return BasketSection.ID;
    }

    @Override
    public String reportSectionTitle() {
        return Messages.get("report.basket.title");
    }

    @Override
    public ObservableValue<ReportSection> reportSection() {
        return section;
    }
}
