package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.Table;

class DatePartsTest {

    @Test
    void addsYearQuarterMonthWeekdayAndDay() {
        // 2024-02-29 was a Thursday (ISO weekday 4); 2023-12-31 a Sunday (7)
        Table orders = Fixtures.table("id,ordered\n1,2024-02-29\n2,2023-12-31\n3,\n");

        StepOutcome outcome = Fixtures.apply(DateParts.of("ordered"), orders);

        Table table = outcome.table();
        assertThat(table.columnNames()).containsExactly("id", "ordered", "ordered_year", "ordered_quarter",
                "ordered_month", "ordered_weekday", "ordered_day");
        assertThat(table.intColumn("ordered_year").asList()).containsExactly(2024, 2023, null);
        assertThat(table.intColumn("ordered_quarter").asList()).containsExactly(1, 4, null);
        assertThat(table.intColumn("ordered_month").asList()).containsExactly(2, 12, null);
        assertThat(table.intColumn("ordered_weekday").asList()).containsExactly(4, 7, null);
        assertThat(table.intColumn("ordered_day").asList()).containsExactly(29, 31, null);
    }

    @Test
    void addsOnlyTheChosenParts() {
        Table orders = Fixtures.table("id,ordered\n1,2024-05-01\n");

        StepOutcome outcome = Fixtures.apply(DateParts.of("ordered", DateParts.Part.QUARTER), orders);

        assertThat(outcome.report().columnsAdded()).containsExactly("ordered_quarter");
        assertThat(outcome.table().intColumn("ordered_quarter").get(0)).isEqualTo(2);
    }

    @Test
    void aNumberColumnIsBadInput() {
        Table orders = Fixtures.table("id,ordered\n1,20240501.5\n");

        assertThatThrownBy(() -> Fixtures.apply(DateParts.of("ordered"), orders)).isInstanceOf(BadInputException.class);
    }
}
