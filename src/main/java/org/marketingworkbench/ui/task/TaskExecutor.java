package org.marketingworkbench.ui.task;

/**
 * Runs background work for view-models. The application uses a thread pool with callbacks on
 * the UI thread; tests use {@link SameThreadTaskExecutor}.
 */
public interface TaskExecutor {

    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Stops accepting work and cancels what runs (on application exit). */
    void shutdown();
}
