package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void integerBinsFollowFreedmanDiaconisRoundedToWholeNumbers() {
        // 1..10: q1 = 3.25, q3 = 7.75 (linear), IQR 4.5; width 2 * 4.5 / cbrt(10) = 4.18, rounded up to 5;
        // the span 1..10 holds 10 whole numbers, so 2 bins: [1, 6) and [6, 11), five values each.
        Histogram histogram = NumberSummary.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, true).histogram();

        assertThat(histogram.rule()).isEqualTo(Histogram.BinRule.FREEDMAN_DIACONIS);
        assertThat(histogram.bins()).containsExactly(new Histogram.Bin(1, 6, 5), new Histogram.Bin(6, 11, 5));
    }

    @Test
    void decimalBinsSplitTheRangeEvenlyAndCloseTheLastBin() {
        // 0, 0.5, ..., 4 (9 values): q1 = 1, q3 = 3, IQR 2; width 4 / cbrt(9) = 1.92; ceil(4 / 1.92) = 3 bins of 4/3:
        // [0, 1.33): 0, 0.5, 1   [1.33, 2.67): 1.5, 2, 2.5   [2.67, 4]: 3, 3.5, 4 (4 is in the closed last bin).
        double[] values = {0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4};
        Histogram histogram = NumberSummary.of(values, false).histogram();

        assertThat(histogram.bins()).extracting(Histogram.Bin::count).containsExactly(3, 3, 3);
        assertThat(histogram.bins().get(1).lower()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(histogram.bins().get(2).upper()).isEqualTo(4);
    }

    @Test
    void fallsBackToSturgesWhenTheMiddleHalfIsOneValue() {
        // Seven zeros and one 10: q1 = q3 = 0, so Freedman-Diaconis has no width. Sturges: ceil(log2 8) + 1 = 4
        // bins of 10 / 4 = 2.5: seven values in [0, 2.5), the 10 in the closed last bin [7.5, 10].
        double[] values = {0, 0, 0, 0, 0, 0, 0, 10};
        Histogram histogram = NumberSummary.of(values, false).histogram();

        assertThat(histogram.rule()).isEqualTo(Histogram.BinRule.STURGES);
        assertThat(histogram.bins()).extracting(Histogram.Bin::count).containsExactly(7, 0, 0, 1);
    }

    @Test
    void capsTheNumberOfBinsForALongTail() {
        // 1,000 values 0..9 and one 1,000,000: IQR 5 gives a width of 1, a million bins; capped at 50 bins of
        // ceil(1,000,001 / 50) = 20,001, which cover 0 .. 1,000,050.
        double[] values = new double[1001];
        for (int i = 0; i < 1000; i++) {
            values[i] = i % 10;
        }
        values[1000] = 1_000_000;
        Histogram histogram = NumberSummary.of(values, true).histogram();

        assertThat(histogram.bins()).hasSize(Histogram.MAX_BINS);
        assertThat(histogram.bins().get(0)).isEqualTo(new Histogram.Bin(0, 20_001, 1000));
        assertThat(histogram.bins().get(49).count()).isEqualTo(1);
    }

    @Test
    void oneValueMakesOneBin() {
        Histogram histogram = NumberSummary.of(new double[] {7, 7, 7}, true).histogram();

        assertThat(histogram.rule()).isEqualTo(Histogram.BinRule.SINGLE_VALUE);
        assertThat(histogram.bins()).containsExactly(new Histogram.Bin(7, 7, 3));
    }

    @Test
    void everyValueLandsInExactlyOneBin() {
        double[] values = new Random(7).doubles(10_000, -3, 1e6).toArray();
        Histogram histogram = NumberSummary.of(values, false).histogram();

        assertThat(histogram.total()).isEqualTo(values.length);
        double max = Arrays.stream(values).max().orElseThrow();
        assertThat(histogram.bins().get(histogram.bins().size() - 1).upper()).isEqualTo(max);
    }
}
