package org.marketingworkbench.ui.debug;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debug aid (--debug or -Dmwb.debug=true): pings the UI thread every 20 ms from a watcher
 * thread and logs every ping that waited longer than the budget, i.e. every UI-thread stall.
 */
public final class StallMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(StallMonitor.class);
    private static final long PERIOD_MS = 20;

    private final long budgetNanos;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fx-stall-monitor");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long longestNanos;

    public StallMonitor(long budgetMillis) {
        this.budgetNanos = TimeUnit.MILLISECONDS.toNanos(budgetMillis);
    }

    public void start() {
        watcher.scheduleAtFixedRate(this::ping, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        watcher.shutdownNow();
        LOG.info("Longest UI-thread stall: {} ms", TimeUnit.NANOSECONDS.toMillis(longestNanos));
    }

    /** The longest wait seen so far, in milliseconds. */
    public long longestStallMillis() {
        return TimeUnit.NANOSECONDS.toMillis(longestNanos);
    }

    private void ping() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        long posted = System.nanoTime();
        Platform.runLater(() -> {
            long waited = System.nanoTime() - posted;
            pending.set(false);
            if (waited > longestNanos) {
                longestNanos = waited;
            }
            if (waited > budgetNanos) {
                LOG.warn("UI thread stalled for {} ms", TimeUnit.NANOSECONDS.toMillis(waited));
            }
        });
    }
}
