package org.marketingworkbench.ui.report;

import java.util.HashSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pages' report sections, in the order the report shows them. The composition root adds a
 * provider per page; the Report page follows the list.
 */
public final class ReportSections {
    private final ObservableList<ReportSectionProvider> providers = FXCollections.observableArrayList();
    private final ObservableList<ReportSectionProvider> readOnly = FXCollections.unmodifiableObservableList(providers);
    private final Set<String> ids = new HashSet<>();

    /** Adds a page's provider after those already there; its section id must be new. */
    public ReportSections add(ReportSectionProvider provider) {
        if (!ids.add(provider.reportSectionId())) {
            throw new IllegalArgumentException("two report sections have the id " + provider.reportSectionId());
        }
        providers.add(provider);
        return this;
    }

    /** Every provider, in report order (read only). */
    public ObservableList<ReportSectionProvider> providers() {
        return readOnly;
    }
}
