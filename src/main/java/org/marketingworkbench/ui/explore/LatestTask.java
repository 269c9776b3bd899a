package org.marketingworkbench.ui.explore;

import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.ui.dialog.DialogService;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.task.TaskHandle;

/**
 * Runs one kind of background computation where only the latest request counts: a new request
 * cancels the one still running, and a result that arrives after a newer request is dropped.
 * Bad input becomes the part's problem text; anything else is reported in a dialog.
 */
final class LatestTask {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final StringProperty problem;
    private TaskHandle running;
    private long generation;

    LatestTask(TaskExecutor executor, DialogService dialogs, StringProperty problem) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.problem = problem;
    }

    /** Starts {@code work}; its result goes to {@code onSuccess}, or on failure {@code onFailure} runs after the report. */
    <T> void run(String title, BackgroundTask.Work<T> work, Consumer<T> onSuccess, Runnable onFailure) {
        cancel();
        long mine = generation;
        running = executor.execute(BackgroundTask.of(title, work)
                .onSuccess(result -> {
                    if (mine == generation) {
                        problem.set("");
                        onSuccess.accept(result);
                    }
                })
                .onFailure(error -> {
                    if (mine != generation) {
                        return;
                    }
                    onFailure.run();
                    if (isBadInput(error)) {
                        problem.set(ErrorText.of(error));
                    } else {
                        problem.set("");
                        dialogs.showError(title, ErrorText.of(error), error);
                    }
                }));
    }

    /** Forgets the running request, if any (the input or the choice went away). */
    void cancel() {
        generation++;
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        running = null;
    }

    private static boolean isBadInput(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadInputException) {
                return true;
            }
        }
        return false;
    }
}
