package org.marketingworkbench.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.data.LoadOptions;

/**
 * Finds a project's source files again: relative to the project file first (the folder was
 * moved or shared), then at the absolute path stored; compares their content with the stored
 * hash; lets the user point a moved source at its new place.
 */
public final class ProjectSources {

    private ProjectSources() {
    }

    /** A source entry for {@code file} as the project at {@code projectFile} stores it, with its current hash. */
    public static ProjectSource describe(String id, Path file, LoadOptions options, Path projectFile) {
        Path absolute = file.toAbsolutePath().normalize();
        return new ProjectSource(id, relative(projectFile, absolute), absolute.toString(), SourceOptions.of(options),
                hash(absolute), null);
    }

    /** Looks for every source of the project; the statuses are in the project's order. */
    public static List<SourceStatus> check(Project project, Path projectFile) {
        return project.sources().stream().map(source -> check(source, projectFile)).toList();
    }

    public static SourceStatus check(ProjectSource source, Path projectFile) {
        List<Path> tried = new ArrayList<>();
        Path folder = folderOf(projectFile);
        place(() -> folder.resolve(source.path()).normalize(), source.path(), tried);
        place(() -> Path.of(source.absolutePath()), source.absolutePath(), tried);
        for (Path candidate : tried) {
            if (Files.isRegularFile(candidate)) {
                boolean same = source.sha256() == null || source.sha256().equalsIgnoreCase(hash(candidate));
                return new SourceStatus(source, same ? SourceStatus.State.FOUND : SourceStatus.State.CHANGED,
                        candidate, tried);
            }
        }
        return new SourceStatus(source, SourceStatus.State.MISSING, null, tried);
    }

    /** Adds a stored place to look at, unless there is none or it holds characters this operating system rejects. */
    private static void place(java.util.function.Supplier<Path> place, String stored, List<Path> tried) {
        if (stored == null) {
            return;
        }
        try {
            Path path = place.get();
            if (!tried.contains(path)) {
                tried.add(path);
            }
        } catch (java.nio.file.InvalidPathException e) {
            // written on another system; the other place may still work
        }
    }

    /**
     * The project with source {@code id} found at {@code newFile} (the user located a moved
     * file). The stored hash is kept, so a {@link #check} afterwards still tells whether the
     * file found is the one the project was made with.
     */
    public static Project relocate(Project project, String id, Path newFile, Path projectFile) {
        ProjectSource source = project.source(id)
                .orElseThrow(() -> new IllegalArgumentException("no source " + id));
        if (!Files.isRegularFile(newFile)) {
            throw new BadInputException("project.error.relocateNotFound", newFile);
        }
        Path absolute = newFile.toAbsolutePath().normalize();
        return project.withSource(source.at(relative(projectFile, absolute), absolute.toString()));
    }

    /** The project with every found source's places set to where it was found (after the folder moved). */
    public static Project resolved(Project project, List<SourceStatus> statuses, Path projectFile) {
        Project result = project;
        for (SourceStatus status : statuses) {
            if (status.file() != null) {
                Path absolute = status.file().toAbsolutePath().normalize();
                result = result.withSource(status.source().at(relative(projectFile, absolute), absolute.toString()));
            }
        }
        return result;
    }

    /** The project with each source's relative path computed for a project file at {@code projectFile} (save as). */
    public static Project rebased(Project project, Path projectFile) {
        List<ProjectSource> sources = project.sources().stream()
                .map(source -> source.absolutePath() == null ? source
                        : source.at(relative(projectFile, Path.of(source.absolutePath())), source.absolutePath()))
                .toList();
        return project.withSources(sources);
    }

    /** The path of {@code file} relative to the project's folder with "/" separators, or null across drives. */
    static String relative(Path projectFile, Path file) {
        try {
            Path relative = folderOf(projectFile).relativize(file.toAbsolutePath().normalize());
            return relative.toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Path folderOf(Path projectFile) {
        Path parent = projectFile.toAbsolutePath().normalize().getParent();
        return parent == null ? projectFile.toAbsolutePath().getRoot() : parent;
    }

    private static String hash(Path file) {
        try {
            return FileHash.sha256(file);
        } catch (IOException e) {
            throw new BadInputException(e, "data.error.unreadable", file, String.valueOf(e.getMessage()));
        }
    }
}
