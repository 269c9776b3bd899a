package org.marketingworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The top-level command: with no sub-command it opens the window (through the launcher the
 * entry point passes in, so this package never depends on the user interface). The sub-commands
 * are registered by {@link Cli}, and only when the arguments may name one.
 */
@Command(
        name = "marketing-workbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Marketing Workbench: a desktop analyst workbench for marketers.",
            "Without a sub-command it opens the window; a sub-command runs headless."
        })
public final class WorkbenchCommand implements Callable<Integer> {

    /** Opens the window; implemented by the entry point. */
    @FunctionalInterface
    public interface WindowLauncher {
        void open(WindowOptions options);
    }

    /** What the window should open with. */
    public record WindowOptions(boolean sample, boolean debug, List<Path> files, String page, String theme,
            String language) {
    }

    @Option(names = "--sample", description = "Open the window with the bundled sample data loaded.")
    boolean sample;

    @Option(names = "--debug", description = "Log start-up time and every UI-thread stall over 50 ms.")
    boolean debug;

    @Option(names = "--page", paramLabel = "PAGE", description = "Open on this page: data, prepare, explore, segments, baskets, predict, recommend, campaigns, report.")
    String page;

    @Option(names = "--theme", paramLabel = "THEME", description = "light or dark (remembered).")
    String theme;

    @Option(names = "--language", paramLabel = "TAG", description = "en or zh-CN (remembered).")
    String language;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Data or project files to open in the window.")
    List<Path> files = new ArrayList<>();

    private final WindowLauncher launcher;

    public WorkbenchCommand(WindowLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        launcher.open(new WindowOptions(sample, debug, List.copyOf(files), page, theme, language));
        return ExitCode.OK;
    }
}
