package org.marketingworkbench.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import org.marketingworkbench.common.CancelledException;
import org.marketingworkbench.common.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's task executor: work runs on a small pool of daemon threads, progress is
 * coalesced onto the UI thread by JavaFX's {@link Task}, and callbacks run on the UI thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;
    private final TaskMonitor monitor;
    private final FailureReporter reporter;

    public FxTaskExecutor(TaskMonitor monitor, FailureReporter reporter) {
        this.monitor = monitor;
        this.reporter = reporter;
        this.pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemonThreads());
    }

    /** Must be called on the UI thread. */
    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        FxTask<T> fxTask = new FxTask<>(task);
        TaskStatus status = new TaskStatus(task.title(), fxTask.progressProperty(), fxTask.messageProperty(),
                fxTask.handle());
        fxTask.setOnRunning(event -> task.running());
        fxTask.setOnSucceeded(event -> {
            monitor.ended(status);
            task.succeeded(fxTask.getValue());
            task.finished();
        });
        fxTask.setOnCancelled(event -> {
            monitor.ended(status);
            task.cancelled();
            task.finished();
        });
        fxTask.setOnFailed(event -> {
            monitor.ended(status);
            Throwable error = fxTask.getException();
            if (error instanceof CancelledException) {
                task.cancelled();
            } else if (!task.failed(error)) {
                LOG.warn("Task '{}' failed", task.title(), error);
                reporter.report(task.title(), error);
            }
            task.finished();
        });
        monitor.started(status);
        pool.execute(fxTask);
        return fxTask.handle();
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "workbench-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        };
    }

    /** Bridges our {@link Progress} onto JavaFX's thread-safe progress and message updates. */
    private static final class FxTask<T> extends Task<T> {
        private final BackgroundTask<T> task;

        FxTask(BackgroundTask<T> task) {
            this.task = task;
            updateProgress(-1, 1);
        }

        @Override
        protected T call() throws Exception {
            return task.call(new Progress() {
                @Override
                public void update(double done, double total, String message) {
                    updateProgress(done, total);
                    if (message != null) {
                        updateMessage(message);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return FxTask.this.isCancelled();
                }
            });
        }

        TaskHandle handle() {
            return new TaskHandle() {
                @Override
                public void cancel() {
                    FxTask.this.cancel(false);
                }

                @Override
                public boolean isDone() {
                    return FxTask.this.isDone();
                }
            };
        }
    }
}
