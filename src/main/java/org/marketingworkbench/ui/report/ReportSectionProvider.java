package org.marketingworkbench.ui.report;

import javafx.beans.value.ObservableValue;
import org.marketingworkbench.report.html.ReportSection;

/**
 * What a page offers the Report page: its section of the report, built from the results the
 * page shows now. The Report page lists every registered provider, greys out those with
 * nothing to report yet, and writes the sections the user kept, in registration order.
 *
 * <p>How a page plugs in:
 * <ol>
 * <li>Write its {@code report/html/ReportSection} (see {@code sections/CampaignSection}); the
 * section holds immutable results, so building one is cheap and writing it happens in the
 * background.</li>
 * <li>Implement this interface on the page's view-model, or in a small class beside it (see
 * {@link CampaignReportProvider}): {@link #reportSection()} is usually an
 * {@code ObjectBinding} over the view-model's result properties that yields
 * {@code new XSection(results...)}, or null while there are no results.</li>
 * <li>Register it in {@code ui/WorkbenchPages} with {@code reportSections.add(provider)}, in
 * workflow order (data, prepare, explore, segments, baskets, predict, recommend, campaigns).</li>
 * </ol>
 * The user's note and the include choice are kept in the project by section id, so the id must
 * never change and must equal the id of the sections offered.
 */
public interface ReportSectionProvider {

    /** The id of the sections offered ({@code ReportSection.id()}): "data", "campaigns"... */
    String reportSectionId();

    /** The section's heading for the Report page's list, translated (shown also while there is no section). */
    String reportSectionTitle();

    /**
     * The section of the page's current results, or null while the page has nothing to
     * report. Read on the UI thread; the value must be immutable, it is written in the background.
     */
    ObservableValue<ReportSection> reportSection();
}
