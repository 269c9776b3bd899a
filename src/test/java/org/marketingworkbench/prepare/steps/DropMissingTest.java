package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.AffectedRows;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.Table;

class DropMissingTest {
    // rows 1..5; row 2 lacks age, row 4 lacks city, row 5 lacks both
    private final Table customers = Fixtures.table("""
            id,age,city
            1,34,Shanghai
            2,,Beijing
            3,51,Shenzhen
            4,28,
            5,,
            """);

    @Test
    void dropsRowsMissingAnyValueWhenNoColumnIsChosen() {
        StepOutcome outcome = Fixtures.apply(DropMissing.in(), customers);

        assertThat(outcome.table().intColumn("id").asList()).containsExactly(1, 3);
        assertThat(outcome.rowNumbers()).containsExactly(1, 3);
        assertThat(outcome.report().rowsIn()).isEqualTo(5);
        assertThat(outcome.report().rowsOut()).isEqualTo(2);
        assertThat(outcome.report().affected().kind()).isEqualTo(AffectedRows.Kind.REMOVED);
        assertThat(outcome.report().affected().rowNumbers()).containsExactly(2, 4, 5);
    }

    @Test
    void dropsOnlyRowsMissingTheChosenColumn() {
        StepOutcome outcome = Fixtures.apply(DropMissing.in("age"), customers);

        assertThat(outcome.table().intColumn("id").asList()).containsExactly(1, 3, 4);
        assertThat(outcome.report().count("removed")).isEqualTo(2);
        Table removed = outcome.report().affected().rows();
        assertThat(removed.columnNames()).containsExactly("row", "id", "age", "city");
        assertThat(removed.intColumn("row").asList()).containsExactly(2, 5);
        assertThat(removed.stringColumn("city").get(0)).isEqualTo("Beijing");
    }

    @Test
    void leavesTheInputTableUntouched() {
        Fixtures.apply(DropMissing.in(), customers);

        assertThat(customers.rowCount()).isEqualTo(5);
    }

    @Test
    void namingAMissingColumnIsBadInput() {
        assertThatThrownBy(() -> Fixtures.apply(DropMissing.in("income"), customers))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("income").hasMessageContaining("id, age, city");
    }

    @Test
    void anEmptyTableGivesAnEmptyTable() {
        Table empty = customers.emptyCopy();

        StepOutcome outcome = Fixtures.apply(DropMissing.in(), empty);

        assertThat(outcome.table().rowCount()).isZero();
        assertThat(outcome.report().rowsRemoved()).isZero();
    }
}
