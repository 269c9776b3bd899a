package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.Table;

class BinTest {
    private final Table customers = Fixtures.table("""
            id,age
            1,18
            2,25
            3,30
            4,42
            5,
            6,70
            7,90
            """);

    @Test
    void givenEdgesIncludeTheUpperEdgeAndTheFirstLowerEdge() {
        Bin step = Bin.atEdges("age", List.of(18.0, 30.0, 50.0, 80.0), List.of("young", "middle", "senior"));

        StepOutcome outcome = Fixtures.apply(step, customers);

        // 18 -> [18, 30]; 30 -> [18, 30]; 42 -> (30, 50]; 70 -> (50, 80]; 90 is outside
        assertThat(outcome.table().stringColumn("age_band").asList())
                .containsExactly("young", "young", "young", "middle", "", "senior", "");
        assertThat(outcome.report().count("outOfRange")).isEqualTo(1);
    }

    @Test
    void equalWidthBandsRunFromTheMinimumToTheMaximum() {
        // 18..90 in 3 bands of width 24: [18, 42], (42, 66], (66, 90]
        StepOutcome outcome = Fixtures.apply(Bin.of("age", Bin.Method.EQUAL_WIDTH, 3), customers);

        assertThat(outcome.table().stringColumn("age_band").asList())
                .containsExactly("[18, 42]", "[18, 42]", "[18, 42]", "[18, 42]", "", "(66, 90]", "(66, 90]");
    }

    @Test
    void quantileBandsHoldAboutEqualCounts() {
        // 6 values 18, 25, 30, 42, 70, 90: tertile edges (linear) at positions 0, 5/3, 10/3, 5:
        // 18, 25 + 2/3 * 5 = 28.3333, 42 + 1/3 * 28 = 51.3333, 90
        StepOutcome outcome = Fixtures.apply(Bin.of("age", Bin.Method.QUANTILES, 3), customers);

        assertThat(outcome.table().stringColumn("age_band").asList()).containsExactly(
                "[18, 28.3333]", "[18, 28.3333]", "(28.3333, 51.3333]", "(28.3333, 51.3333]", "",
                "(51.3333, 90]", "(51.3333, 90]");
    }

    @Test
    void tooManyEqualValuesMergeQuantileBands() {
        Table values = Fixtures.table("x\n1\n1\n1\n1\n2\n");

        // quartile edges of 1, 1, 1, 1, 2 (positions 0, 1, 2, 3, 4) are 1, 1, 1, 1, 2: one band [1, 2]
        StepOutcome outcome = Fixtures.apply(Bin.of("x", Bin.Method.QUANTILES, 4), values);

        assertThat(outcome.report().count("bands")).isEqualTo(1);
        assertThat(outcome.table().stringColumn("x_band").unique().asList()).containsExactly("[1, 2]");
        assertThat(outcome.report().notes()).extracting(note -> note.key()).contains("prepare.note.bandsMerged");
    }

    @Test
    void labelsMustMatchTheBands() {
        Bin step = Bin.atEdges("age", List.of(18.0, 30.0, 50.0), List.of("one"));

        assertThatThrownBy(() -> Fixtures.apply(step, customers)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.binLabels"));
    }

    @Test
    void edgesMustRise() {
        Bin step = Bin.atEdges("age", List.of(30.0, 18.0), List.of());

        assertThatThrownBy(() -> Fixtures.apply(step, customers)).isInstanceOf(BadInputException.class);
    }
}
