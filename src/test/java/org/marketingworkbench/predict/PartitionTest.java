package org.marketingworkbench.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.predict.evaluate.Partition;

class PartitionTest {
    // 1,000 rows, 117 buyers (11.7%, Bank Marketing's share)
    private static final int[] CLASSES = IntStream.range(0, 1000).map(row -> row < 117 ? 1 : 0).toArray();

    @Test
    void foldsKeepTheBuyerShareAndDifferInSizeByAtMostOne() {
        Partition partition = Partition.stratifiedFolds(CLASSES, 5, 3);
        for (int fold = 0; fold < 5; fold++) {
            int[] rows = partition.testRows(fold);
            long buyers = IntStream.of(rows).filter(row -> CLASSES[row] == 1).count();
            assertThat(rows.length).isEqualTo(200); // 1000 / 5, round-robin over both classes
            assertThat(buyers).isBetween(23L, 24L); // 117 / 5 = 23.4
        }
    }

    @Test
    void sameSeedSameFoldsOtherSeedOtherFolds() {
        assertThat(Partition.stratifiedFolds(CLASSES, 5, 3).fold()).isEqualTo(Partition.stratifiedFolds(CLASSES, 5, 3).fold());
        assertThat(Partition.stratifiedFolds(CLASSES, 5, 3).fold()).isNotEqualTo(Partition.stratifiedFolds(CLASSES, 5, 4).fold());
    }

    @Test
    void holdoutTakesTheTestFractionOfEachClass() {
        Partition split = Partition.stratifiedHoldout(CLASSES, 0.2, 9);
        int[] test = split.testRows(0);
        // round(117 * 0.2) = 23 buyers, round(883 * 0.2) = 177 others
        assertThat(IntStream.of(test).filter(row -> CLASSES[row] == 1).count()).isEqualTo(23);
        assertThat(test.length).isEqualTo(200);
        assertThat(split.trainingRows(0).length).isEqualTo(800);
    }
}
