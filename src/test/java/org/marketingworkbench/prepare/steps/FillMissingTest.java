package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.AffectedRows;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.steps.FillMissing.ColumnFill;
import org.marketingworkbench.prepare.steps.FillMissing.Method;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class FillMissingTest {
    private final Table customers = Fixtures.table("""
            id,age,income,city
            1,20,1000.5,Shanghai
            2,,2000.0,Beijing
            3,31,,Beijing
            4,40,4000.0,
            5,,3000.0,Shenzhen
            """);

    @Test
    void fillsWithTheMeanAndWidensWholeNumbersWhenTheMeanIsNotWhole() {
        // mean of 20, 31, 40 = 91 / 3 = 30.333...
        StepOutcome outcome = Fixtures.apply(FillMissing.of("age", Method.MEAN, null), customers);

        assertThat(outcome.table().column("age").type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(outcome.table().doubleColumn("age").get(1)).isEqualTo(91.0 / 3);
        assertThat(outcome.table().doubleColumn("age").get(0)).isEqualTo(20.0);
        assertThat(outcome.report().notes()).extracting(note -> note.key())
                .contains("prepare.note.filled", "prepare.note.widenedToDecimal");
    }

    @Test
    void fillsWithTheMedianKeepingWholeNumbersWhole() {
        // median of 20, 31, 40 = 31
        StepOutcome outcome = Fixtures.apply(FillMissing.of("age", Method.MEDIAN, null), customers);

        assertThat(outcome.table().intColumn("age").asList()).containsExactly(20, 31, 31, 40, 31);
        assertThat(outcome.report().cellsChanged()).isEqualTo(2);
        assertThat(outcome.report().affected().kind()).isEqualTo(AffectedRows.Kind.CHANGED);
        assertThat(outcome.report().affected().rowNumbers()).containsExactly(2, 5);
        assertThat(outcome.report().affected().rows().column("age").isMissing(0)).isTrue();
    }

    @Test
    void fillsTextWithTheMostFrequentValue() {
        StepOutcome outcome = Fixtures.apply(FillMissing.of("city", Method.MODE, null), customers);

        assertThat(outcome.table().stringColumn("city").get(3)).isEqualTo("Beijing");
    }

    @Test
    void theModeOfATieIsTheSmallestValue() {
        // 1000.5, 2000, 4000, 3000 each once: the smallest, 1000.5, as pandas' mode()[0]
        StepOutcome outcome = Fixtures.apply(FillMissing.of("income", Method.MODE, null), customers);

        assertThat(outcome.table().doubleColumn("income").get(2)).isEqualTo(1000.5);
    }

    @Test
    void fillsEachColumnWithItsOwnRule() {
        FillMissing step = new FillMissing(true, List.of(new ColumnFill("income", Method.CONSTANT, "0"),
                new ColumnFill("city", Method.CONSTANT, "unknown")));

        StepOutcome outcome = Fixtures.apply(step, customers);

        assertThat(outcome.table().doubleColumn("income").get(2)).isZero();
        assertThat(outcome.table().stringColumn("city").get(3)).isEqualTo("unknown");
        assertThat(outcome.report().count("filled")).isEqualTo(2);
        assertThat(outcome.report().affected().rowNumbers()).containsExactly(3, 4);
        assertThat(customers.stringColumn("city").isMissing(3)).as("input untouched").isTrue();
    }

    @Test
    void theMeanOfATextColumnIsBadInput() {
        assertThatThrownBy(() -> Fixtures.apply(FillMissing.of("city", Method.MEAN, null), customers))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.fillNeedsNumber"))
                .hasMessageContaining("city");
    }

    @Test
    void aConstantOfTheWrongTypeIsBadInput() {
        assertThatThrownBy(() -> Fixtures.apply(FillMissing.of("age", Method.CONSTANT, "thirty"), customers))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.badConstant"));
    }

    @Test
    void aColumnWithNoValuesCannotBeFilledByAStatistic() {
        Table empty = Fixtures.table("id,score\n1,\n2,\n");
        empty.replaceColumn("score", tech.tablesaw.api.DoubleColumn.create("score", new double[] {Double.NaN, Double.NaN}));

        assertThatThrownBy(() -> Fixtures.apply(FillMissing.of("score", Method.MEDIAN, null), empty))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.allMissing"));
    }
}
