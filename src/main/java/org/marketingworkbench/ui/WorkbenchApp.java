package org.marketingworkbench.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.marketingworkbench.cli.WorkbenchCommand.WindowOptions;

/** The JavaFX application: the composition root of the window. */
public final class WorkbenchApp extends Application {

    /** Opens the window and returns when it is closed. */
    public static void open(WindowOptions options, long startNanos) {
        Application.launch(WorkbenchApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
