package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.steps.FilterRows.Combine;
import org.marketingworkbench.prepare.steps.FilterRows.Condition;
import org.marketingworkbench.prepare.steps.FilterRows.Operator;
import tech.tablesaw.api.Table;

class FilterRowsTest {
    private final Table customers = Fixtures.table("""
            id,age,city,signup
            1,25,Shanghai,2023-01-15
            2,,Beijing,2023-06-01
            3,41,Shenzhen,2024-02-29
            4,33,Shanghai Pudong,
            5,58,Guangzhou,2022-12-31
            """);

    private int[] kept(Combine combine, Condition... conditions) {
        StepOutcome outcome = Fixtures.apply(FilterRows.where(combine, conditions), customers);
        assertThat(outcome.report().rowsIn() - outcome.report().rowsOut())
                .isEqualTo(outcome.report().affected().count());
        return outcome.rowNumbers();
    }

    @Test
    void comparesNumbersAndLeavesMissingOut() {
        assertThat(kept(Combine.ALL, Condition.of("age", Operator.GREATER_OR_EQUAL, "33"))).containsExactly(3, 4, 5);
        assertThat(kept(Combine.ALL, Condition.of("age", Operator.LESS, "33"))).containsExactly(1);
        assertThat(kept(Combine.ALL, Condition.of("age", Operator.NOT_EQUALS, "25"))).containsExactly(3, 4, 5);
        assertThat(kept(Combine.ALL, Condition.of("age", Operator.EQUALS, "41"))).containsExactly(3);
        assertThat(kept(Combine.ALL, Condition.in("age", "25", "58"))).containsExactly(1, 5);
    }

    @Test
    void matchesText() {
        assertThat(kept(Combine.ALL, Condition.of("city", Operator.STARTS_WITH, "Shanghai"))).containsExactly(1, 4);
        assertThat(kept(Combine.ALL, Condition.of("city", Operator.CONTAINS, "zhen"))).containsExactly(3);
        assertThat(kept(Combine.ALL, Condition.in("city", "Beijing", "Guangzhou"))).containsExactly(2, 5);
        assertThat(kept(Combine.ALL, Condition.of("city", Operator.EQUALS, "Beijing"))).containsExactly(2);
    }

    @Test
    void comparesDates() {
        assertThat(kept(Combine.ALL, Condition.of("signup", Operator.LESS, "2023-06-01"))).containsExactly(1, 5);
        assertThat(kept(Combine.ALL, Condition.of("signup", Operator.GREATER_OR_EQUAL, "2023-06-01")))
                .containsExactly(2, 3);
    }

    @Test
    void testsForMissingValues() {
        assertThat(kept(Combine.ALL, Condition.of("age", Operator.IS_MISSING, null))).containsExactly(2);
        assertThat(kept(Combine.ALL, Condition.of("signup", Operator.IS_NOT_MISSING, null))).containsExactly(1, 2, 3, 5);
    }

    @Test
    void combinesConditionsWithAndOr() {
        Condition older = Condition.of("age", Operator.GREATER, "30");
        Condition shanghai = Condition.of("city", Operator.STARTS_WITH, "Shanghai");

        assertThat(kept(Combine.ALL, older, shanghai)).containsExactly(4);
        assertThat(kept(Combine.ANY, older, shanghai)).containsExactly(1, 3, 4, 5);
    }

    @Test
    void reportsTheRemovedRows() {
        StepOutcome outcome = Fixtures.apply(FilterRows.where(Combine.ALL, Condition.of("age", Operator.GREATER, "40")),
                customers);

        assertThat(outcome.report().count("removed")).isEqualTo(3);
        assertThat(outcome.report().affected().rows().intColumn("id").asList()).containsExactly(1, 2, 4);
    }

    @Test
    void aValueOfTheWrongTypeIsBadInput() {
        assertThatThrownBy(() -> kept(Combine.ALL, Condition.of("age", Operator.GREATER, "old")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("old");
        assertThatThrownBy(() -> kept(Combine.ALL, Condition.of("signup", Operator.GREATER, "last year")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("2024-06-30");
    }

    @Test
    void aFilterWithoutConditionsIsBadInput() {
        assertThatThrownBy(() -> kept(Combine.ALL)).isInstanceOf(BadInputException.class);
    }
}
