package org.marketingworkbench.ui.task;

import org.marketingworkbench.common.CancelledException;
import org.marketingworkbench.common.Progress;

/** Runs each task at once on the caller's thread: view-model tests need no UI toolkit. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final FailureReporter reporter;
    private Throwable lastUnhandledFailure;

    public SameThreadTaskExecutor() {
        this(null);
    }

    public SameThreadTaskExecutor(FailureReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        task.running();
        try {
            T result = task.call(Progress.none());
            task.succeeded(result);
        } catch (CancelledException e) {
            task.cancelled();
        } catch (Exception e) {
            if (!task.failed(e)) {
                lastUnhandledFailure = e;
                if (reporter != null) {
                    reporter.report(task.title(), e);
                }
            }
        } finally {
            task.finished();
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                // already done
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }

    /** The last failure no callback handled (for assertions in tests). */
    public Throwable lastUnhandledFailure() {
        return lastUnhandledFailure;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
