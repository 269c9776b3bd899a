package org.marketingworkbench.ui.task;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The tasks now running, newest last: the status bar's model. */
public final class TaskMonitor {
    private final ObservableList<TaskStatus> running = FXCollections.observableArrayList();
    private final ObservableList<TaskStatus> readOnly = FXCollections.unmodifiableObservableList(running);
    private final ObjectBinding<TaskStatus> latest = Bindings.createObjectBinding(
            () -> running.isEmpty() ? null : running.get(running.size() - 1), running);

    public ObservableList<TaskStatus> running() {
        return readOnly;
    }

    /** The newest running task, or null when idle. */
    public ObjectBinding<TaskStatus> latest() {
        return latest;
    }

    /** Cancels every running task (Esc in the status bar, or closing the window). */
    public void cancelAll() {
        for (TaskStatus status : running.toArray(new TaskStatus[0])) {
            status.cancel();
        }
    }

    void started(TaskStatus status) {
        running.add(status);
    }

    void ended(TaskStatus status) {
        running.remove(status);
    }
}
