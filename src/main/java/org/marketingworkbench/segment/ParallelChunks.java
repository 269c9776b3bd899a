package org.marketingworkbench.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.marketingworkbench.common.CancelledException;

/**
 * Runs a task over the rows of a data set, split into fixed-size chunks that a few worker
 * threads claim in turn. The chunk size does not depend on the number of threads, and callers
 * merge per-chunk results in chunk order, so results are identical on any machine.
 */
final class ParallelChunks implements AutoCloseable {

    /** Rows per chunk: large enough that claiming a chunk costs nothing, small enough to balance two busy cores. */
    static final int CHUNK_ROWS = 8192;

    /** The work on one chunk: rows {@code from} (inclusive) to {@code to}, done by worker {@code worker}. */
    @FunctionalInterface
    interface ChunkTask {
        void run(int worker, int chunk, int from, int to);
    }

    private final int workers;
    private final ExecutorService executor;

    ParallelChunks(int threads) {
        this.workers = threads;
        AtomicInteger counter = new AtomicInteger();
        this.executor = threads <= 1 ? null : Executors.newFixedThreadPool(threads - 1, runnable -> {
            Thread thread = new Thread(runnable, "segment-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    int workers() {
        return workers;
    }

    static int chunkCount(int rows) {
        return Math.max(1, (rows + CHUNK_ROWS - 1) / CHUNK_ROWS);
    }

    /** Runs {@code task} on every chunk of {@code rows} rows; the calling thread works too. */
    void run(int rows, ChunkTask task) {
        run(rows, CHUNK_ROWS, task);
    }

    /** As {@link #run(int, ChunkTask)} with chunks of {@code chunkRows} rows, for work that is heavy per row. */
    void run(int rows, int chunkRows, ChunkTask task) {
        int chunks = Math.max(1, (rows + chunkRows - 1) / chunkRows);
        int active = Math.min(workers, chunks);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> helpers = new ArrayList<>();
        for (int worker = 1; worker < active; worker++) {
            int id = worker;
            helpers.add(executor.submit(() -> work(id, chunks, chunkRows, rows, next, task)));
        }
        RuntimeException failure = null;
        try {
            work(0, chunks, chunkRows, rows, next, task);
        } catch (RuntimeException e) {
            failure = e;
            next.set(chunks);
        }
        // wait for every helper even after a failure, so no thread still writes when we return
        for (Future<?> helper : helpers) {
            try {
                helper.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                next.set(chunks);
                failure = new CancelledException();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void work(int worker, int chunks, int chunkRows, int rows, AtomicInteger next, ChunkTask task) {
        for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
            int from = chunk * chunkRows;
            task.run(worker, chunk, from, Math.min(rows, from + chunkRows));
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
