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
    void suggestsTheElbowWhenItAlsoHasTheBestSilhouette() {
        KSuggestion suggestion = KSuggestion.from(sweep(0.40, 0.52, 0.45, 0.30, 0.20));
        assertThat(suggestion.k()).isEqualTo(3);
        assertThat(suggestion.reason()).isEqualTo("k = 3: the highest silhouette (0.52) and the elbow of J.");
    }

    @Test
    void prefersTheElbowWhenItsSilhouetteIsAsGoodAsTheBest() {
        KSuggestion suggestion = KSuggestion.from(sweep(0.40, 0.51, 0.52, 0.30, 0.20));
        assertThat(suggestion.k()).isEqualTo(3);
        assertThat(suggestion.reasonKey()).isEqualTo("segment.suggest.elbowAsGood");
    }

    @Test
    void otherwiseSuggestsTheBestSilhouetteAndNamesTheElbow() {
        KSuggestion suggestion = KSuggestion.from(sweep(0.30, 0.35, 0.60, 0.40, 0.20));
        assertThat(suggestion.k()).isEqualTo(4);
        assertThat(suggestion.reason()).isEqualTo("k = 4: the highest silhouette (0.60); the elbow of J is at k = 3.");
    }

    @Test
    void takesTheFewestSegmentsAmongEquallyGoodSilhouettes() {
        KSuggestion suggestion = KSuggestion.from(sweep(0.30, 0.35, 0.59, 0.60, 0.20));
        assertThat(suggestion.k()).isEqualTo(4);
        assertThat(suggestion.reasonKey()).isEqualTo("segment.suggest.smallestAsGood");
    }

    @Test
    void reasonReadsInChinese() {
        KSuggestion suggestion = KSuggestion.from(sweep(0.40, 0.52, 0.45, 0.30, 0.20));
        assertThat(org.marketingworkbench.i18n.Messages.get(Locale.SIMPLIFIED_CHINESE, suggestion.reasonKey(),
                suggestion.reasonArguments().toArray())).isEqualTo("k = 3：轮廓系数最高（0.52），且位于 J 的肘部。");
    }

    private static List<SweepPoint> sweep(double... silhouettes) {
        List<SweepPoint> points = new ArrayList<>();
        for (int index = 0; index < silhouettes.length; index++) {
            points.add(new SweepPoint(index + 2, J[index], silhouettes[index], 1, 1, 5));
        }
        return points;
    }
}
