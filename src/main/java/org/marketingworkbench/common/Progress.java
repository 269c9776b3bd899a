package org.marketingworkbench.common;

/**
 * Progress reporting and cooperative cancellation for long analysis loops. Analysis code
 * calls {@link #update} between units of work and {@link #checkCancelled()} between
 * iterations; the UI and the CLI decide what a report means.
 */
public interface Progress {

    /** Reports that {@code done} of {@code total} units are finished, with a short message. */
    void update(double done, double total, String message);

    /** True once the user asked to stop. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A progress sink that ignores reports and is never cancelled. */
    static Progress none() {
        return NoProgress.INSTANCE;
    }

    /** A view of this progress that maps {@code [0, 1]} of a sub-task onto {@code [from, to]} of this one. */
    default Progress slice(double from, double to) {
        Progress parent = this;
        return new Progress() {
            @Override
            public void update(double done, double total, String message) {
                double fraction = total <= 0 ? 0 : Math.min(1, done / total);
                parent.update(from + fraction * (to - from), 1, message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
