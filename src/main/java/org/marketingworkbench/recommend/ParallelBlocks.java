package org.marketingworkbench.recommend;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.marketingworkbench.common.Progress;

/**
 * Runs independent work over {@code 0..count-1} in blocks on the common fork-join pool, checking
 * for cancel before each block and reporting the blocks done. Each block writes only its own
 * slots of the result, so the outcome does not depend on the thread schedule.
 */
final class ParallelBlocks {

    /** The work for indexes {@code from} (inclusive) to {@code to} (exclusive). */
    @FunctionalInterface
    interface Block {
        void run(int from, int to);
    }

    private ParallelBlocks() {
    }

    static void run(int count, int blockSize, Progress progress, String message, Block block) {
        int blocks = (count + blockSize - 1) / blockSize;
        AtomicInteger done = new AtomicInteger();
        Object reportLock = new Object();
        IntStream.range(0, blocks).parallel().forEach(b -> {
            progress.checkCancelled();
            block.run(b * blockSize, Math.min(count, (b + 1) * blockSize));
            int finished = done.incrementAndGet();
            synchronized (reportLock) {
                progress.update(finished, blocks, message);
            }
        });
    }
}
