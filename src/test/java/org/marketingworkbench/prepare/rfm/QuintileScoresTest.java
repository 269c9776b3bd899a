package org.marketingworkbench.prepare.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

class QuintileScoresTest {

    @Test
    void scoresTenValuesInPairsOfRanks() {
        // n = 10: rank r scores 1 + #{i in 1..4 : 5(r - 1) > 9i}, so ranks 1-2 -> 1, 3-4 -> 2, ..., 9-10 -> 5
        double[] values = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

        assertThat(QuintileScores.of(values, false)).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(QuintileScores.of(values, true)).containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
    }

    @Test
    void equalValuesAreRankedInOrderOfAppearance() {
        // all equal: ranks follow the rows, so the quintiles still hold two rows each
        double[] values = {7, 7, 7, 7, 7, 7, 7, 7, 7, 7};

        assertThat(QuintileScores.of(values, false)).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void missingValuesScoreZeroAndAreLeftOutOfTheRanks() {
        double[] values = {5, Double.NaN, 1, 2, 3, 4};

        assertThat(QuintileScores.of(values, false)).containsExactly(5, 0, 1, 2, 3, 4);
    }

    @Test
    void matchesPandasQcutOnRankFirst() throws IOException {
        Table peer;
        try (InputStream in = getClass().getResourceAsStream("/peers/prepare/rfm_scores.csv")) {
            peer = Table.read().usingOptions(CsvReadOptions.builder(in));
        }
        double[] recency = peer.numberColumn("recency").asDoubleArray();
        double[] frequency = peer.numberColumn("frequency").asDoubleArray();
        double[] monetary = peer.numberColumn("monetary").asDoubleArray();

        assertThat(QuintileScores.of(recency, true)).containsExactly(scores(peer, "r_score"));
        assertThat(QuintileScores.of(frequency, false)).containsExactly(scores(peer, "f_score"));
        assertThat(QuintileScores.of(monetary, false)).containsExactly(scores(peer, "m_score"));
    }

    private static int[] scores(Table peer, String column) {
        double[] values = peer.numberColumn(column).asDoubleArray();
        int[] scores = new int[values.length];
        for (int row = 0; row < values.length; row++) {
            scores[row] = Double.isNaN(values[row]) ? 0 : (int) values[row];
        }
        return scores;
    }
}
