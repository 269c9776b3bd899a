package org.marketingworkbench.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KSuggestionTest {

    /**
     * J(k) for k = 2..6: 100, 40, 20, 15, 12. Scaled: x = 0, .25, .5, .75, 1 and
     * y = (100 - J) / 88 = 0, .682, .909, .966, 1; y - x at k = 3, 4, 5 = .432, .409, .216: the
     * farthest from the chord is k = 3.
     */
    private static final double[] J = {100, 40, 20, 15, 12};

    @Test
    void elbowIsThePointFarthestFromTheChordOfJ() {
        assertThat(KSuggestion.elbow(sweep(0.3, 0.3, 0.3, 0.3, 0.3)).getAsInt()).isEqualTo(3);
    }

    @Test
    void noElbowWithFewerThanThreeK() {
        assertThat(KSuggestion.elbow(sweep(0.3, 0.3).subList(0, 2))).isEmpty();
    }

    @Test
    void suggestsTheBestSilhouetteAndSaysWhenItIsTheElbow() {
        KSuggestion suggestion = KSuggestion.from(sweep(0.40, 0.52, 0.45, 0.30, 0.20));
        assertThat(suggestion.k()).isEqualTo(3);
        assertThat(suggestion.reason()).isEqualTo("k = 3: the highest silhouette (0.52) and the elbow of J.");
    }

    @Test
    void suggestsTheBestSilhouetteAndNamesTheElbowElsewhere() {
        KSuggestion suggestion = KSuggestion.from(sweep(0.30, 0.35, 0.60, 0.40, 0.20));
        assertThat(suggestion.k()).isEqualTo(4);
        assertThat(suggestion.reason()).isEqualTo("k = 4: the highest silhouette (0.60); the elbow of J is at k = 3.");
    }

    @Test
    void amongEquallyGoodSilhouettesTakesTheHighestCalinskiHarabasz() {
        // k = 4 (0.600) and k = 5 (0.593) are within 0.01; k = 5 has the higher Calinski-Harabasz
        KSuggestion suggestion = KSuggestion.from(sweep(new double[] {0.30, 0.35, 0.600, 0.593, 0.20},
                new double[] {50, 80, 90, 95, 60}));
        assertThat(suggestion.k()).isEqualTo(5);
        assertThat(suggestion.reason()).isEqualTo("k = 5: a silhouette (0.59) as good as the best (0.60, at k = 4)"
                + " and the highest Calinski-Harabasz index of those.");
    }

    @Test
    void aSilhouetteGapBeyondTheNoiseIsNotOverruled() {
        // k = 5 has the higher Calinski-Harabasz, but its silhouette is 0.02 below the best
        KSuggestion suggestion = KSuggestion.from(sweep(new double[] {0.30, 0.35, 0.60, 0.58, 0.20},
                new double[] {50, 80, 90, 95, 60}));
        assertThat(suggestion.k()).isEqualTo(4);
    }

    @Test
    void theElbowIsNamedWhenItWinsAmongEquallyGoodSilhouettes() {
        KSuggestion suggestion = KSuggestion.from(sweep(new double[] {0.40, 0.515, 0.52, 0.30, 0.20},
                new double[] {50, 99, 90, 80, 60}));
        assertThat(suggestion.k()).isEqualTo(3);
        assertThat(suggestion.reasonKey()).isEqualTo("segment.suggest.asGoodElbow");
    }

    @Test
    void reasonReadsInChinese() {
        KSuggestion suggestion = KSuggestion.from(sweep(0.40, 0.52, 0.45, 0.30, 0.20));
        assertThat(org.marketingworkbench.i18n.Messages.get(Locale.SIMPLIFIED_CHINESE, suggestion.reasonKey(),
                suggestion.reasonArguments().toArray())).isEqualTo("k = 3：轮廓系数最高（0.52），且位于 J 的肘部。");
    }

    private static List<SweepPoint> sweep(double... silhouettes) {
        return sweep(silhouettes, new double[silhouettes.length]);
    }

    private static List<SweepPoint> sweep(double[] silhouettes, double[] calinskiHarabasz) {
        List<SweepPoint> points = new ArrayList<>();
        for (int index = 0; index < silhouettes.length; index++) {
            points.add(new SweepPoint(index + 2, J[index], silhouettes[index], calinskiHarabasz[index], 1, 5));
        }
        return points;
    }
}
