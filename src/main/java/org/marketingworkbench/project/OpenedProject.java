package org.marketingworkbench.project;

import java.nio.file.Path;
import java.util.List;

/**
 * A project as opened: the project (sources at the places they were found), its file, and
 * what became of each source. The UI warns about {@link #problems()} and asks the user to
 * locate missing files ({@link ProjectSources#relocate}).
 */
public record OpenedProject(Project project, Path file, List<SourceStatus> sources) {

    public OpenedProject {
        sources = List.copyOf(sources);
    }

    /** The sources that changed or are missing. */
    public List<SourceStatus> problems() {
        return sources.stream().filter(status -> status.state() != SourceStatus.State.FOUND).toList();
    }

    /** One translated sentence per changed or missing source. */
    public List<String> warnings() {
        return problems().stream().map(SourceStatus::message).toList();
    }
}
