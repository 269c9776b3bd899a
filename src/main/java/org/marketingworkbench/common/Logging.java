package org.marketingworkbench.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sets up logging (SLF4J writes to java.util.logging): warnings to standard error, so the
 * command line's standard output stays pure JSON, and for the window a rotating log file in
 * the settings folder, which error dialogs point to.
 */
public final class Logging {
    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$s %3$s - %5$s%6$s%n";

    private Logging() {
    }

    /**
     * @param verbose   log our own INFO messages too (the --debug switch)
     * @param logFolder where the log file goes, or null for no file
     */
    public static void configure(boolean verbose, Path logFolder) {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        Logger ours = Logger.getLogger("org.marketingworkbench");
        ours.setLevel(verbose ? Level.INFO : Level.WARNING);
        Handler console = new ConsoleHandler();
        console.setLevel(Level.ALL);
        console.setFormatter(new SimpleFormatter());
        root.addHandler(console);
        if (logFolder != null) {
            try {
                Files.createDirectories(logFolder);
                FileHandler file = new FileHandler(logFolder.resolve("workbench-%g.log").toString(), 1_000_000, 3, true);
                file.setFormatter(new SimpleFormatter());
                file.setLevel(Level.ALL);
                root.addHandler(file);
                ours.setLevel(Level.INFO);
                console.setLevel(verbose ? Level.ALL : Level.WARNING);
            } catch (IOException e) {
                root.warning("No log file in " + logFolder + ": " + e.getMessage());
            }
        }
        Logger.getLogger("org.apache.poi").setLevel(Level.SEVERE);
    }
}
