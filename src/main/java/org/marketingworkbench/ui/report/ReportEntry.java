package org.marketingworkbench.ui.report;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import org.marketingworkbench.report.html.ReportSection;

/**
 * One line of the Report page: a page's section, whether the user keeps it in the report, and
 * the user's note on it. The choice and the note outlive the section itself (a page re-run
 * replaces its section; the note stays).
 */
public final class ReportEntry {
    private final ReportSectionProvider provider;
    private final BooleanProperty included;
    private final StringProperty note;
    private final BooleanBinding available;

    ReportEntry(ReportSectionProvider provider, BooleanProperty included, StringProperty note) {
        this.provider = provider;
        this.included = included;
        this.note = note;
        this.available = Bindings.createBooleanBinding(() -> provider.reportSection().getValue() != null,
                provider.reportSection());
    }

    public String id() {
        return provider.reportSectionId();
    }

    /** The section's heading, in the current language. */
    public String title() {
        return provider.reportSectionTitle();
    }

    /** Whether the section goes into the report (when the page has something to report). */
    public BooleanProperty includedProperty() {
        return included;
    }

    /** The user's note, printed above the section. */
    public StringProperty noteProperty() {
        return note;
    }

    /** True while the page has results to report. */
    public BooleanBinding availableProperty() {
        return available;
    }

    /** The section as the report writes it now: null when left out or not available. */
    ReportSection chosenSection() {
        return included.get() ? provider.reportSection().getValue() : null;
    }
}
