package org.marketingworkbench.ui.report;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.RecommendSection;
import org.marketingworkbench.ui.recommend.RecommendRun;
import org.marketingworkbench.ui.recommend.RecommendViewModel;

/** The Recommend page's last run: its settings, evaluation and recommendations; nothing before a run. */
public final class RecommendReportProvider implements ReportSectionProvider {
    private final ObjectBinding<ReportSection> section;

    public RecommendReportProvider(RecommendViewModel recommend) {
        section = Bindings.createObjectBinding(() -> {
            RecommendRun run = recommend.runProperty().get();
            return run == null ? null : new RecommendSection(run.request(), run.result(), run.inputName());
        }, recommend.runProperty());
    }

    @Override
    public String reportSectionId() {
        return RecommendSection.ID;
    }

    @Override
    public String reportSectionTitle() {
        return Messages.get("report.recommend.title");
    }

    @Override
    public ObservableValue<ReportSection> reportSection() {
        return section;
    }
}
