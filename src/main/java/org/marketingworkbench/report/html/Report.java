package org.marketingworkbench.report.html;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report to write: the title, when it was made, the sections in order, the user's note per
 * section (by section id) and how personal data is treated.
 */
public record Report(String title, ZonedDateTime created, List<ReportSection> sections, Map<String, String> notes,
        ReportPrivacy privacy) {

    public Report {
        title = title == null ? "" : title;
        sections = List.copyOf(sections);
        notes = notes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ReportSection section : sections) {
            if (!ids.add(section.id())) {
                throw new IllegalArgumentException("two report sections have the id " + section.id());
            }
        }
    }

    public String note(String sectionId) {
        return notes.getOrDefault(sectionId, "");
    }
}
