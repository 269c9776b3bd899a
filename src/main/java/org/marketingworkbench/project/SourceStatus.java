package org.marketingworkbench.project;

import java.nio.file.Path;
import java.util.List;
import org.marketingworkbench.i18n.Messages;

/**
 * What opening a project found for one of its sources.
 *
 * @param source the source as stored
 * @param state  found unchanged, found but changed, or not found
 * @param file   where the file was found, or null when it is missing
 * @param tried  the places looked at, in order: relative to the project first, then absolute
 */
public record SourceStatus(ProjectSource source, State state, Path file, List<Path> tried) {

    /** What became of a source file since the project was saved. */
    public enum State {
        /** Found, with the same content. */
        FOUND,
        /** Found, but its content differs from when the project was saved: results may differ. */
        CHANGED,
        /** Not found at any stored place: the user has to locate it. */
        MISSING
    }

    public SourceStatus {
        tried = List.copyOf(tried);
    }

    /** One translated sentence for the user, or empty when the file was found unchanged. */
    public String message() {
        return switch (state) {
            case FOUND -> "";
            case CHANGED -> Messages.get("project.source.changed", source.fileName(), file);
            case MISSING -> Messages.get("project.source.missing", source.fileName(),
                    String.join(", ", tried.stream().map(Path::toString).toList()));
        };
    }
}
