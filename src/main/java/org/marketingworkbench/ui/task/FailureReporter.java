package org.marketingworkbench.ui.task;

/** Tells the user about a failure that no task callback handled. */
@FunctionalInterface
public interface FailureReporter {
    void report(String taskTitle, Throwable error);
}
