package org.marketingworkbench.ui.project;

import org.marketingworkbench.project.Project;

/**
 * A page whose choices a project keeps. On save it writes its parameters into the project; on
 * open, after the project's sources are loaded, it takes them back (inputs are named by source
 * id, which is the source's label in the workspace).
 */
public interface ProjectParticipant {

    /** The project with this page's parameters written in. */
    Project saveInto(Project project);

    /** Restores this page's parameters from {@code project} (the sources are loaded already). */
    void restoreFrom(Project project);

    /**
     * The key of this page's parameters under "pages" ({@code Pages.SEGMENTS}...), or null. A page whose
     * stored input is the prepared data is restored once the recipe has made it.
     */
    default String page() {
        return null;
    }
}
