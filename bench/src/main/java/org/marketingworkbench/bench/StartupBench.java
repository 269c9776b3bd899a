package org.marketingworkbench.bench;

/**
 * Placeholder-free start-up figure: how long the JVM takes to load Tablesaw's classes, the
 * cost the window avoids by loading Tablesaw off the UI thread.
 */
public final class StartupBench {

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = BenchSupport.seconds(() -> tech.tablesaw.api.Table.create("warm-up"));
        BenchSupport.report("tablesaw-first-use", "ours_s", seconds, "peer", "none:not_a_comparison");
    }
}
