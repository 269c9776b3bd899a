package org.marketingworkbench.project.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.project.SourceStatus;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.DataSummarySection;
import org.marketingworkbench.report.html.sections.SourceSummary;

/** The data summary of a loaded project: every source, loaded, changed or missing. */
public final class DataSummaryBuilder implements SectionBuilder {

    @Override
    public String page() {
        return "data";
    }

    @Override
    public Optional<ReportSection> build(LoadedProject project, Progress progress) {
        List<SourceSummary> summaries = new ArrayList<>();
        for (SourceStatus status : project.statuses()) {
            DataSource source = project.sources().get(status.source().id());
            summaries.add(source == null ? SourceSummary.missing(status.source().fileName(), status.message())
                    : SourceSummary.loaded(source, status.message()));
        }
        return Optional.of(new DataSummarySection(summaries));
    }
}
