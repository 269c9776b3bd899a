package org.marketingworkbench.ui.predict;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.PredictSection;
import org.marketingworkbench.report.html.ReportSection;
import org.marketingworkbench.ui.report.ReportSectionProvider;

/** The Predict page's section of the report: the model shown, its rules, and the other models compared. */
public final class PredictReportProvider implements ReportSectionProvider {
    private final ObjectBinding<ReportSection> section;

    public PredictReportProvider(PredictViewModel predict) {
        section = Bindings.createObjectBinding(() -> predict.reportSection().orElse(null), predict.selectedProperty(),
                predict.results(), predict.thresholdProperty(), predict.input().selectedProperty());
    }

    @Override
    public String reportSectionId() {
        return PredictSection.ID;
    }

    @Override
    public String reportSectionTitle() {
        return Messages.get("report.predict.title");
    }

    @Override
    public ObservableValue<ReportSection> reportSection() {
        return section;
    }
}
