package org.marketingworkbench.project;

import java.util.List;

/**
 * The Report page's choices in a project (the title and the notes have their own fields).
 *
 * @param excluded the ids of the sections the user left out of the report
 */
public record ReportParameters(List<String> excluded) {

    public ReportParameters {
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }

    public boolean includes(String sectionId) {
        return !excluded.contains(sectionId);
    }
}
