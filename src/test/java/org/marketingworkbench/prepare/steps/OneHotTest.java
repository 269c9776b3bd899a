package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.Table;

class OneHotTest {
    private final Table customers = Fixtures.table("""
            id,tier,spend
            1,2,10
            2,1,20
            3,10,30
            4,2,40
            5,,50
            6,2,60
            """);

    @Test
    void makesOneColumnPerCategoryInValueOrder() {
        StepOutcome outcome = Fixtures.apply(OneHot.of("tier"), customers);

        // numbers sort as numbers (1, 2, 10), as pandas get_dummies; missing is 0 everywhere
        assertThat(outcome.table().columnNames()).containsExactly("id", "tier_1", "tier_2", "tier_10", "spend");
        assertThat(outcome.table().intColumn("tier_2").asList()).containsExactly(1, 0, 0, 1, 0, 1);
        assertThat(outcome.table().intColumn("tier_10").asList()).containsExactly(0, 0, 1, 0, 0, 0);
        assertThat(outcome.report().columnsRemoved()).containsExactly("tier");
        assertThat(outcome.report().columnsAdded()).containsExactly("tier_1", "tier_2", "tier_10");
    }

    @Test
    void dropFirstLeavesOutTheFirstCategory() {
        StepOutcome outcome = Fixtures.apply(new OneHot(true, "tier", true, null), customers);

        assertThat(outcome.report().columnsAdded()).containsExactly("tier_2", "tier_10");
    }

    @Test
    void theCapKeepsTheMostFrequentAndGroupsTheRest() {
        // tier 2 occurs 3 times; 1 and 10 once each: with a cap of 1 only tier 2 keeps a column
        StepOutcome outcome = Fixtures.apply(new OneHot(true, "tier", false, 1), customers);

        assertThat(outcome.report().columnsAdded()).containsExactly("tier_2", "tier_other");
        assertThat(outcome.table().intColumn("tier_other").asList()).containsExactly(0, 1, 1, 0, 0, 0);
        assertThat(outcome.report().notes()).extracting(note -> note.key())
                .containsExactly("prepare.note.categoriesCapped");
    }
}
