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

    /**
     * Libraries whose warnings are not the user's business: POI, and for the PDF report PDFBox
     * (it warns about every standard PDF font the system lacks) and openhtmltopdf (CSS it
     * ignores). Held here because java.util.logging keeps loggers only weakly, and a collected
     * logger forgets its level.
     */
    private static final Logger[] QUIET_LIBRARIES = {Logger.getLogger("org.apache.poi"),
        Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"),
        Logger.getLogger("com.openhtmltopdf")};

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
        for (Logger library : QUIET_LIBRARIES) {
            library.setLevel(Level.SEVERE);
        }
    }
}
