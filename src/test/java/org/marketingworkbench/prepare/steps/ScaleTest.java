package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.Table;

class ScaleTest {
    private final Table customers = Fixtures.table("""
            id,spend,visits,segment
            1,2,5,a
            2,4,5,b
            3,,5,c
            4,6,5,d
            """);

    @Test
    void zScoreUsesThePopulationDeviation() {
        // spend 2, 4, 6: mean 4, population variance (4 + 0 + 4) / 3 = 8/3, deviation 1.63299
        StepOutcome outcome = Fixtures.apply(Scale.of(Scale.Method.Z_SCORE, "spend"), customers);

        assertThat(outcome.table().doubleColumn("spend").get(0)).isCloseTo(-2 / Math.sqrt(8.0 / 3), within(1e-12));
        assertThat(outcome.table().doubleColumn("spend").get(1)).isZero();
        assertThat(outcome.table().doubleColumn("spend").isMissing(2)).isTrue();
        assertThat(outcome.report().cellsChanged()).isEqualTo(3);
    }

    @Test
    void minMaxPutsValuesBetweenZeroAndOne() {
        StepOutcome outcome = Fixtures.apply(Scale.of(Scale.Method.MIN_MAX, "spend"), customers);

        assertThat(outcome.table().doubleColumn("spend").asList()).containsExactly(0.0, 0.5, null, 1.0);
    }

    @Test
    void aConstantColumnIsLeftAsItIsAndSaysSo() {
        StepOutcome outcome = Fixtures.apply(Scale.of(Scale.Method.Z_SCORE, "visits", "spend"), customers);

        assertThat(outcome.table().intColumn("visits").asList()).containsExactly(5, 5, 5, 5);
        assertThat(outcome.report().count("constantColumns")).isEqualTo(1);
        assertThat(outcome.report().notes().get(0).key()).isEqualTo("prepare.note.constantColumn");
        assertThat(outcome.report().notes().get(0).text()).contains("visits");
    }

    @Test
    void anEmptyTableIsBadInput() {
        assertThatThrownBy(() -> Fixtures.apply(Scale.of(Scale.Method.Z_SCORE, "spend"), customers.emptyCopy()))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.emptyTable"));
    }

    @Test
    void aTextColumnIsBadInput() {
        assertThatThrownBy(() -> Fixtures.apply(Scale.of(Scale.Method.MIN_MAX, "segment"), customers))
                .isInstanceOf(BadInputException.class).hasMessageContaining("segment");
    }
}
