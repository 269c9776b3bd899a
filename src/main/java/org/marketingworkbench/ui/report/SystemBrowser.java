package org.marketingworkbench.ui.report;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a file in the computer's web browser. The project has no embedded browser (javafx-web
 * would add tens of megabytes of native code for a preview the system browser does better), so
 * the report opens where the reader will read it anyway.
 */
public final class SystemBrowser implements Consumer<Path> {
    private static final Logger LOG = LoggerFactory.getLogger(SystemBrowser.class);
    private final Consumer<String> onFailure;

    /** @param onFailure told the file's location when no browser could be started (on the UI thread's caller) */
    public SystemBrowser(Consumer<String> onFailure) {
        this.onFailure = onFailure;
    }

    @Override
    public void accept(Path file) {
        // AWT's Desktop may block for a while on first use: keep it off the UI thread
        Thread opener = new Thread(() -> {
            if (!open(file)) {
                javafx.application.Platform.runLater(() -> onFailure.accept(file.toAbsolutePath().toString()));
            }
        }, "report-browser");
        opener.setDaemon(true);
        opener.start();
    }

    private static boolean open(Path file) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(file.toUri());
                return true;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> command = os.contains("mac") ? List.of("open", file.toString())
                    : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", file.toString())
                    : List.of("xdg-open", file.toString());
            new ProcessBuilder(command).inheritIO().start();
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.warn("Could not open {} in a browser", file, e);
            return false;
        }
    }
}
