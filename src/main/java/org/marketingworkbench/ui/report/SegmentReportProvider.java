package org.marketingworkbench.ui.report;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.report.html.sections.SegmentSection;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.ui.segment.SegmentViewModel;

/** The segments the Segments page shows, with the names the user gave them; nothing before a run. */
public final class SegmentReportProvider implements ReportSectionProvider {
    private final ObjectBinding<ReportSection> section;

    public SegmentReportProvider(SegmentViewModel segments) {
        // the page puts each rename into its result, so the result alone carries the names
        section = Bindings.createObjectBinding(() -> {
            SegmentationResult result = segments.resultProperty().get();
            return result == null ? null
                    : new SegmentSection(result, ReportInputs.name(segments.input().selectedProperty().get()));
        }, segments.resultProperty(), segments.input().selectedProperty());
    }

    @Override
    public String reportSectionId() {
        return SegmentSection.ID;
    }

    @Override
    public String reportSectionTitle() {
        return Messages.get("report.segment.title");
    }

    @Override
    public ObservableValue<ReportSection> reportSection() {
        return section;
    }
}
