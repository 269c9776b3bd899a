package org.marketingworkbench.ui.task;

/** A started task: the caller can ask it to stop. */
public interface TaskHandle {
    /** Asks the task to stop; its result, if it still arrives, is dropped. */
    void cancel();

    boolean isDone();
}
