package org.marketingworkbench;

import org.marketingworkbench.cli.Cli;
import org.marketingworkbench.common.Logging;
import org.marketingworkbench.settings.SettingsStore;
import org.marketingworkbench.ui.WorkbenchApp;
import picocli.CommandLine;

/**
 * Entry point of the runnable jar. It does not extend {@code Application}, so JavaFX on the
 * class path starts normally; a sub-command runs headless and exits.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        long startNanos = System.nanoTime();
        CommandLine commandLine = Cli.commandLine(options -> WorkbenchApp.open(options, startNanos), args);
        if (Cli.isHeadless(commandLine, args)) {
            Logging.configure(false, null);
            Cli.exit(Cli.run(commandLine, args));
        }
        boolean debug = java.util.Arrays.asList(args).contains("--debug") || Boolean.getBoolean("mwb.debug");
        Logging.configure(debug, SettingsStore.defaultFolder().resolve("logs"));
        int code = commandLine.execute(args);
        if (code != 0) {
            Cli.exit(code);
        }
    }
}
