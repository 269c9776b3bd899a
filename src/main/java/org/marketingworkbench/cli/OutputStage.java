package org.marketingworkbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marketingworkbench.common.AtomicFiles;
import org.marketingworkbench.common.BadInputException;

/**
 * A command's output folder, written all or nothing: files are written into a hidden staging
 * folder inside the target and moved into place only when the command succeeded.
 */
public final class OutputStage implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final List<String> names = new ArrayList<>();
    private boolean committed;

    private OutputStage(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Creates the output folder (if needed) and a staging folder inside it. */
    public static OutputStage open(Path target) {
        try {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new BadInputException("cli.error.outNotFolder", target);
            }
            Files.createDirectories(target);
            return new OutputStage(target, Files.createTempDirectory(target, ".mwb-staging-"));
        } catch (IOException e) {
            throw new BadInputException(e, "cli.error.outNotWritable", target, e.getMessage());
        }
    }

    /** Where to write the file {@code name}; it reaches the output folder on {@link #commit()}. */
    public Path file(String name) {
        names.add(name);
        return staging.resolve(name);
    }

    /** Moves every written file into the output folder. */
    public void commit() {
        try {
            for (String name : names) {
                Path written = staging.resolve(name);
                if (Files.exists(written)) {
                    AtomicFiles.move(written, target.resolve(name));
                }
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path target() {
        return target;
    }

    /** Removes the staging folder; files not committed are dropped. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(staging)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            if (committed) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
