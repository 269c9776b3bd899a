package org.marketingworkbench;

import org.marketingworkbench.cli.Cli;
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
        CommandLine commandLine = Cli.commandLine(options -> WorkbenchApp.open(options, startNanos));
        if (Cli.isHeadless(commandLine, args)) {
            System.exit(Cli.run(commandLine, args));
        }
        int code = commandLine.execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
