package org.marketingworkbench.ui.report;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import org.marketingworkbench.explore.TableSummary;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.ExploreSection;
import org.marketingworkbench.ui.explore.ExploreViewModel;

/** The Explore page's column summary and, once computed, its correlation matrix; nothing before a summary. */
public final class ExploreReportProvider implements ReportSectionProvider {
    private final ObjectBinding<ReportSection> section;

    public ExploreReportProvider(ExploreViewModel explore) {
        section = Bindings.createObjectBinding(() -> {
            TableSummary summary = explore.summaryProperty().get();
            if (summary == null) {
                return null;
            }
            return new ExploreSection(summary, explore.correlation().resultProperty().get(),
                    ReportInputs.name(explore.input().selectedProperty().get()));
        }, explore.summaryProperty(), explore.correlation().resultProperty(), explore.input().selectedProperty());
    }

    @Override
    public String reportSectionId() {
        return ExploreSection.ID;
    }

    @Override
    public String reportSectionTitle() {
        return Messages.get("report.explore.title");
    }

    @Override
    public ObservableValue<ReportSection> reportSection() {
        return section;
    }
}
