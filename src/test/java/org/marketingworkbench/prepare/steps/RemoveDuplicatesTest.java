package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class RemoveDuplicatesTest {
    // row 3 repeats row 1 exactly; row 4 repeats row 2 on id only; rows 5 and 6 are equal with missing cells
    private final Table orders = Fixtures.table("""
            id,amount,channel
            1,10.5,web
            2,20.0,app
            1,10.5,web
            2,99.0,web
            7,,
            7,,
            """);

    @Test
    void removesRowsEqualToAnEarlierRowKeepingTheFirst() {
        StepOutcome outcome = Fixtures.apply(RemoveDuplicates.on(), orders);

        // rows 3 (= row 1) and 6 (= row 5, missing equals missing) go
        assertThat(outcome.rowNumbers()).containsExactly(1, 2, 4, 5);
        assertThat(outcome.report().count("removed")).isEqualTo(2);
        assertThat(outcome.report().affected().rowNumbers()).containsExactly(3, 6);
    }

    @Test
    void removesRowsRepeatingAKey() {
        StepOutcome outcome = Fixtures.apply(RemoveDuplicates.on("id"), orders);

        assertThat(outcome.table().intColumn("id").asList()).containsExactly(1, 2, 7);
        assertThat(outcome.report().affected().rows().doubleColumn("amount").get(1)).isEqualTo(99.0);
    }

    @Test
    void twoMissingDecimalsAreEqualUnlikeTablesawsOwnDeduplication() {
        Table values = Table.create("t", DoubleColumn.create("x", new double[] {Double.NaN, 1, Double.NaN}));

        assertThat(values.dropDuplicateRows().rowCount()).as("Tablesaw keeps both NaN rows").isEqualTo(3);
        assertThat(Fixtures.apply(RemoveDuplicates.on(), values).table().rowCount()).isEqualTo(2);
    }

    @Test
    void minusZeroEqualsZero() {
        Table values = Table.create("t", DoubleColumn.create("x", new double[] {0.0, -0.0}));

        assertThat(Fixtures.apply(RemoveDuplicates.on(), values).table().rowCount()).isEqualTo(1);
    }

    @Test
    void aMissingKeyColumnIsBadInput() {
        assertThatThrownBy(() -> Fixtures.apply(RemoveDuplicates.on("customer"), orders))
                .isInstanceOf(BadInputException.class).hasMessageContaining("customer");
    }
}
