package org.marketingworkbench.ui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** What the status bar shows of one running task. */
public final class TaskStatus {
    private final String title;
    private final ReadOnlyDoubleProperty progress;
    private final ReadOnlyStringProperty message;
    private final TaskHandle handle;

    TaskStatus(String title, ReadOnlyDoubleProperty progress, ReadOnlyStringProperty message, TaskHandle handle) {
        this.title = title;
        this.progress = progress;
        this.message = message;
        this.handle = handle;
    }

    public String title() {
        return title;
    }

    /** From 0 to 1, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public void cancel() {
        handle.cancel();
    }
}
