package org.marketingworkbench.ui.report;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.DataSummarySection;
import org.marketingworkbench.report.html.sections.SourceSummary;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/** The data summary of the files open in the workspace; nothing while no file is open. */
public final class DataSummaryProvider implements ReportSectionProvider {
    private final ObjectBinding<ReportSection> section;

    public DataSummaryProvider(WorkspaceViewModel workspace) {
        section = Bindings.createObjectBinding(() -> workspace.sources().isEmpty() ? null
                : new DataSummarySection(workspace.sources().stream()
                        .map(source -> SourceSummary.loaded(source, "")).toList()),
                workspace.sources());
    }

    @Override
    public String reportSectionId() {
        return DataSummarySection.ID;
    }

    @Override
    public String reportSectionTitle() {
        return Messages.get("report.data.title");
    }

    @Override
    public ObservableValue<ReportSection> reportSection() {
        return section;
    }
}
