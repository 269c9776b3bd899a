package org.marketingworkbench.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.predict.evaluate.ConfusionMatrix;
import org.marketingworkbench.predict.evaluate.Curves;
import org.marketingworkbench.predict.evaluate.Evaluation;
import org.marketingworkbench.predict.evaluate.GainsPoint;
import org.marketingworkbench.predict.evaluate.Metrics;
import org.marketingworkbench.predict.evaluate.RocPoint;
import org.marketingworkbench.predict.evaluate.ScoreTable;

class EvaluationMetricsTest {

    // 8 rows by hand: scores and truth
    private static final double[] SCORES = {0.9, 0.8, 0.8, 0.6, 0.4, 0.4, 0.2, 0.1};
    private static final int[] TRUTH = {1, 1, 0, 1, 0, 1, 0, 0};

    @Test
    void confusionMatrixAtAThresholdCountsRowsScoringAtLeastIt() {
        // at 0.5: predicted buyers are rows 0..3 -> TP 3 (rows 0,1,3), FP 1 (row 2); rest: FN 1 (row 5), TN 3
        ConfusionMatrix confusion = new ScoreTable(TRUTH, SCORES).confusionAt(0.5);
        assertThat(confusion).isEqualTo(new ConfusionMatrix(3, 1, 3, 1));
        // a threshold equal to a score includes it: at 0.4 rows 4 and 5 join -> TP 4, FP 2
        assertThat(new ScoreTable(TRUTH, SCORES).confusionAt(0.4)).isEqualTo(new ConfusionMatrix(4, 2, 2, 0));
    }

    @Test
    void metricsEqualTheirDefinitionsFromTheConfusionMatrix() {
        Metrics metrics = Metrics.of(new ScoreTable(TRUTH, SCORES), 0.5);
        // TP 3, FP 1, TN 3, FN 1: accuracy 6/8, precision 3/4, recall 3/4, F1 2*3/(2*3+1+1) = 0.75
        assertThat(metrics.accuracy()).isEqualTo(6.0 / 8);
        assertThat(metrics.precision()).isEqualTo(3.0 / 4);
        assertThat(metrics.recall()).isEqualTo(3.0 / 4);
        assertThat(metrics.f1()).isEqualTo(0.75);
        // 4 buyers, 4 non-buyers: the majority baseline is 4/8
        assertThat(metrics.baselineAccuracy()).isEqualTo(0.5);
    }

    @Test
    void aucCountsTiedPairsAsOneHalf() {
        // pairs (buyer, non-buyer) = 4 x 4 = 16. Buyer 0.9 beats all 4; buyer 0.8 beats 3, ties 1 (0.8);
        // buyer 0.6 beats 3 (0.4, 0.2, 0.1); buyer 0.4 beats 2, ties 1 (0.4). (4 + 3.5 + 3 + 2.5) / 16
        assertThat(new ScoreTable(TRUTH, SCORES).auc()).isCloseTo(13.0 / 16, within(1e-12));
    }

    @Test
    void aucEqualsBruteForcePairCountingOnRandomScoresWithTies() {
        Random random = new Random(7);
        int[] truth = new int[500];
        double[] scores = new double[500];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = random.nextDouble() < 0.3 ? 1 : 0;
            scores[i] = Math.round((random.nextDouble() + truth[i] * 0.3) * 20) / 20.0; // coarse: many ties
        }
        assertThat(new ScoreTable(truth, scores).auc()).isCloseTo(bruteForceAuc(truth, scores), within(1e-12));
    }

    @Test
    void metricsAtAnyThresholdEqualABruteForceCount() {
        Random random = new Random(11);
        int[] truth = new int[300];
        double[] scores = new double[300];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = random.nextInt(2);
            scores[i] = Math.round(random.nextDouble() * 10) / 10.0;
        }
        Evaluation evaluation = Evaluation.of(new ScoreTable(truth, scores), 0.5, java.util.Optional.empty());
        for (double threshold = 0; threshold <= 1.0001; threshold += 0.05) {
            long tp = 0;
            long fp = 0;
            long tn = 0;
            long fn = 0;
            for (int i = 0; i < truth.length; i++) {
                boolean predicted = scores[i] >= threshold;
                tp += predicted && truth[i] == 1 ? 1 : 0;
                fp += predicted && truth[i] == 0 ? 1 : 0;
                tn += !predicted && truth[i] == 0 ? 1 : 0;
                fn += !predicted && truth[i] == 1 ? 1 : 0;
            }
            Metrics metrics = evaluation.at(threshold);
            assertThat(metrics.confusion()).isEqualTo(new ConfusionMatrix(tp, fp, tn, fn));
            assertThat(metrics.precision()).isEqualTo(tp + fp == 0 ? 0 : (double) tp / (tp + fp));
            assertThat(metrics.recall()).isEqualTo((double) tp / (tp + fn));
        }
    }

    @Test
    void rocCurveHasOnePointPerDistinctScoreAndItsAreaIsTheAuc() {
        ScoreTable table = new ScoreTable(TRUTH, SCORES);
        List<RocPoint> roc = Curves.roc(table);
        // distinct scores 0.9 0.8 0.6 0.4 0.2 0.1 plus the start point
        assertThat(roc).hasSize(7);
        assertThat(roc.get(0)).isEqualTo(new RocPoint(Double.POSITIVE_INFINITY, 0, 0));
        // at 0.8: TP 2 of 4, FP 1 of 4
        assertThat(roc.get(2)).isEqualTo(new RocPoint(0.8, 0.25, 0.5));
        assertThat(roc.get(6)).isEqualTo(new RocPoint(0.1, 1, 1));
        double area = 0;
        for (int i = 1; i < roc.size(); i++) {
            area += (roc.get(i).falsePositiveRate() - roc.get(i - 1).falsePositiveRate())
                    * (roc.get(i).truePositiveRate() + roc.get(i - 1).truePositiveRate()) / 2;
        }
        assertThat(area).isCloseTo(table.auc(), within(1e-12));
    }

    @Test
    void gainsCountBuyersAmongTheBestScoresAndShareTiesInProportion() {
        // 100 rows: scores 1.00, 0.99, ... distinct; buyers are the rows whose index is a multiple of 4 (25 buyers)
        int[] truth = new int[100];
        double[] scores = new double[100];
        for (int i = 0; i < 100; i++) {
            truth[i] = i % 4 == 0 ? 1 : 0;
            scores[i] = 1 - i / 100.0;
        }
        List<GainsPoint> gains = Curves.gains(new ScoreTable(truth, scores));
        // top 10% = rows 0..9 hold buyers 0, 4, 8 -> 3 of 25
        assertThat(gains.get(9).buyersShare()).isCloseTo(3.0 / 25, within(1e-12));
        assertThat(gains.get(9).lift()).isCloseTo(1.2, within(1e-12));
        assertThat(gains.get(99).buyersShare()).isEqualTo(1.0);

        // all 10 rows tied with 4 buyers: contacting 30% finds 30% of them on average
        int[] tiedTruth = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0};
        List<GainsPoint> tied = Curves.gains(new ScoreTable(tiedTruth, new double[10]));
        assertThat(tied.get(29).buyersShare()).isCloseTo(0.3, within(1e-12));
    }

    private static double bruteForceAuc(int[] truth, double[] scores) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < truth.length; i++) {
            for (int j = 0; j < truth.length; j++) {
                if (truth[i] == 1 && truth[j] == 0) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
