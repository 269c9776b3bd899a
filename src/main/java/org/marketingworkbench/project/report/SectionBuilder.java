package org.marketingworkbench.project.report;

import java.util.Optional;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.report.html.ReportSection;

/**
 * Recomputes one page of a loaded project headless (seeded, so the result is the one the page
 * showed) and turns it into its report section. Each analysis adds one to
 * {@link ProjectReport#standardBuilders()}.
 */
public interface SectionBuilder {

    /** The page this section reports ("data", "campaigns"): its title names the section in warnings. */
    String page();

    /** The section, or empty when the project has nothing for it (the page was never used). */
    Optional<ReportSection> build(LoadedProject project, Progress progress);
}
