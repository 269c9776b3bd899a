package org.marketingworkbench.data.csv;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.marketingworkbench.common.CancelledException;
import org.marketingworkbench.common.Progress;

/**
 * Reads a UTF-8 CSV file in blocks on several threads. Each block guesses that its first
 * record starts after the first line break past its nominal start; when the block before it
 * ends elsewhere (a quoted field spanned the break) the block is read again from the right
 * place, so quoted line breaks are always right and cost time only where they occur.
 * Progress is reported in bytes and cancellation checked between blocks.
 */
final class ParallelCsvReader {

    /** A speculative block gives up on a record longer than this (the record is then read in order). */
    private static final long LONGEST_GUESSED_RECORD = 1L << 24;

    private final FileChannel channel;
    private final long fileSize;
    private final CsvLayout layout;
    private final int threads;
    private final int blockSize;
    private final BufferPool buffers = new BufferPool();

    ParallelCsvReader(FileChannel channel, long fileSize, CsvLayout layout, int threads, int blockSize) {
        this.channel = channel;
        this.fileSize = fileSize;
        this.layout = layout;
        this.threads = threads;
        this.blockSize = blockSize;
    }

    /** Receives the blocks in file order, on the thread that called {@link #read}. */
    @FunctionalInterface
    interface BlockConsumer {
        void accept(BlockResult block);
    }

    /** Reads the records from {@code dataStart} to the end of the file, handing each block over in file order. */
    void read(long dataStart, Progress progress, String message, BlockConsumer consumer) throws IOException {
        int blocks = (int) Math.max(1, (fileSize - dataStart + blockSize - 1) / blockSize);
        long[] nominal = new long[blocks + 1];
        for (int i = 0; i <= blocks; i++) {
            nominal[i] = Math.min(fileSize, dataStart + (long) i * blockSize);
        }
        nominal[blocks] = fileSize;
        if (blocks == 1 || threads == 1) {
            sequential(nominal, progress, message, consumer);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, blocks), runnable -> {
            Thread thread = new Thread(runnable, "csv-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<BlockResult>> futures = new ArrayList<>();
            for (int i = 0; i < blocks; i++) {
                int block = i;
                futures.add(pool.submit(() -> speculate(nominal, block, progress)));
            }
            long expectedStart = dataStart;
            for (int i = 0; i < blocks; i++) {
                BlockResult result = await(futures.get(i), progress);
                if (result.aborted() || result.start() != expectedStart) {
                    long stop = nominal[i + 1];
                    result = expectedStart >= stop ? empty(expectedStart) : inOrder(expectedStart, stop);
                }
                futures.set(i, null);
                expectedStart = result.end();
                consumer.accept(result);
                progress.update(expectedStart - dataStart, fileSize - dataStart, message);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void sequential(long[] nominal, Progress progress, String message, BlockConsumer consumer)
            throws IOException {
        long start = nominal[0];
        for (int i = 0; i + 1 < nominal.length; i++) {
            progress.checkCancelled();
            BlockResult result = start >= nominal[i + 1] ? empty(start) : inOrder(start, nominal[i + 1]);
            start = result.end();
            consumer.accept(result);
            progress.update(start - nominal[0], fileSize - nominal[0], message);
        }
    }

    /** Reads a block whose start is known to be a record start, however long its records are. */
    private BlockResult inOrder(long start, long stopBefore) throws IOException {
        return new BlockParser(channel, fileSize, layout, buffers).parse(start, stopBefore, Long.MAX_VALUE);
    }

    private BlockResult speculate(long[] nominal, int block, Progress progress) throws IOException {
        if (progress.isCancelled()) {
            return BlockResult.aborted(nominal[block]);
        }
        BlockParser parser = new BlockParser(channel, fileSize, layout, buffers);
        long start = block == 0 ? nominal[0] : parser.recordStartAfter(nominal[block]);
        if (start >= nominal[block + 1]) {
            return empty(start);
        }
        return parser.parse(start, nominal[block + 1], block == 0 ? Long.MAX_VALUE : LONGEST_GUESSED_RECORD);
    }

    private BlockResult empty(long position) {
        return new BlockResult(position, position, false, 0, 0, BlockParser.emptyChunks(layout), 0, 0, List.of(),
                List.of(), 0, -1);
    }

    private static BlockResult await(Future<BlockResult> future, Progress progress) throws IOException {
        while (true) {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            try {
                return future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // check for cancellation, then wait on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
