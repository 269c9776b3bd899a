package org.marketingworkbench.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import org.marketingworkbench.common.Progress;

/**
 * A piece of background work with callbacks that the executor delivers on the UI thread:
 * running, then success or failure, then finished. A cancelled task delivers no result.
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

    /** The work itself; runs off the UI thread and reports through {@link Progress}. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Runnable onRunning = () -> { };
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    /** A task shown in the status bar as {@code title} (already translated). */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onRunning(Runnable callback) {
        onRunning = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /** Handles a failure; without one the executor reports it through the dialog service. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs after success, failure or cancellation. */
    public BackgroundTask<T> onFinished(Runnable callback) {
        onFinished = Objects.requireNonNull(callback);
        return this;
    }

    public String title() {
        return title;
    }

    T call(Progress progress) throws Exception {
        return work.call(progress);
    }

    void running() {
        onRunning.run();
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    /** True when the failure was handled here; false to let the executor report it. */
    boolean failed(Throwable error) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(error);
        return true;
    }

    void cancelled() {
        onCancelled.run();
    }

    void finished() {
        onFinished.run();
    }
}
