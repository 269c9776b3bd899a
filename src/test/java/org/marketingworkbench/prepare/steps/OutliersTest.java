package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.AffectedRows;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.steps.Outliers.Action;
import org.marketingworkbench.prepare.steps.Outliers.Method;
import tech.tablesaw.api.Table;

class OutliersTest {
    // spend 1..9 and 100, one missing. Quartiles (linear, as pandas) of the 10 values:
    // Q1 at position 0.25 * 9 = 2.25 -> 3 + 0.25 * (4 - 3) = 3.25; Q3 at 6.75 -> 7 + 0.75 * (8 - 7) = 7.75
    // IQR 4.5; fences 3.25 - 6.75 = -3.5 and 7.75 + 6.75 = 14.5: only 100 is outside.
    private final Table customers = Fixtures.table("""
            id,spend
            1,1
            2,2
            3,3
            4,4
            5,5
            6,
            7,6
            8,7
            9,8
            10,9
            11,100
            """);

    @Test
    void flagsOutsideTheIqrFences() {
        StepOutcome outcome = Fixtures.apply(Outliers.of(Method.IQR, Action.FLAG, "spend"), customers);

        assertThat(outcome.table().intColumn("spend_outlier").asList())
                .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(outcome.report().columnsAdded()).containsExactly("spend_outlier");
        assertThat(outcome.report().count("outliers")).isEqualTo(1);
        assertThat(outcome.report().notes().get(0).arguments()).containsExactly("spend", -3.5, 14.5, 1);
    }

    @Test
    void capsAWholeNumberAtTheNearestWholeNumberInsideTheFence() {
        StepOutcome outcome = Fixtures.apply(Outliers.of(Method.IQR, Action.CAP, "spend"), customers);

        // the upper fence 14.5 becomes 14 in a whole-number column
        assertThat(outcome.table().intColumn("spend").get(10)).isEqualTo(14);
        assertThat(outcome.table().intColumn("spend").isMissing(5)).isTrue();
        assertThat(outcome.report().cellsChanged()).isEqualTo(1);
        assertThat(outcome.report().affected().kind()).isEqualTo(AffectedRows.Kind.CHANGED);
        assertThat(outcome.report().affected().rows().intColumn("spend").get(0)).isEqualTo(100);
    }

    @Test
    void removesRowsOutsideTheFences() {
        StepOutcome outcome = Fixtures.apply(Outliers.of(Method.IQR, Action.REMOVE, "spend"), customers);

        assertThat(outcome.report().rowsOut()).isEqualTo(10);
        assertThat(outcome.report().affected().rowNumbers()).containsExactly(11);
    }

    @Test
    void zScoreUsesThePopulationDeviation() {
        // values 1..9 and 100 (n = 10): mean 145 / 10 = 14.5; sum of squares 285 + 10000 = 10285;
        // population variance (10285 - 10 * 14.5^2) / 10 = 818.25, deviation 28.605;
        // z(100) = 85.5 / 28.605 = 2.989: no outlier at z = 3, one at z = 2.9
        assertThat(Fixtures.apply(new Outliers(true, java.util.List.of("spend"), Method.Z_SCORE, null, Action.FLAG),
                customers).report().count("outliers")).isZero();
        assertThat(Fixtures.apply(new Outliers(true, java.util.List.of("spend"), Method.Z_SCORE, 2.9, Action.FLAG),
                customers).report().count("outliers")).isEqualTo(1);
    }

    @Test
    void aConstantColumnHasNoOutliersAndSaysSo() {
        Table constant = Fixtures.table("x\n5\n5\n5\n");

        StepOutcome outcome = Fixtures.apply(Outliers.of(Method.Z_SCORE, Action.REMOVE, "x"), constant);

        assertThat(outcome.report().rowsOut()).isEqualTo(3);
        assertThat(outcome.report().notes()).extracting(note -> note.key()).containsExactly("prepare.note.noSpread");
    }

    @Test
    void aTextColumnIsBadInput() {
        Table text = Fixtures.table("x\na\nb\n");

        assertThatThrownBy(() -> Fixtures.apply(Outliers.of(Method.IQR, Action.FLAG, "x"), text))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.notNumeric"));
    }
}
