package org.marketingworkbench.segment;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Seeded random samples of row numbers, the same for the same seed. */
final class RowSample {

    private RowSample() {
    }

    /** All rows when there are at most {@code limit}, else {@code limit} rows drawn without replacement, sorted. */
    static int[] of(int rows, int limit, long seed) {
        if (rows <= limit) {
            return IntStream.range(0, rows).toArray();
        }
        int[] indices = IntStream.range(0, rows).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        // a partial Fisher-Yates shuffle: the first limit places end up a uniform sample
        for (int index = 0; index < limit; index++) {
            int pick = index + random.nextInt(rows - index);
            int swap = indices[index];
            indices[index] = indices[pick];
            indices[pick] = swap;
        }
        int[] sample = Arrays.copyOf(indices, limit);
        Arrays.sort(sample);
        return sample;
    }
}
