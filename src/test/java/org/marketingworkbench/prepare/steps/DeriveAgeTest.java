package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.Table;

class DeriveAgeTest {

    /** Ages worked out by hand: completed years, counting whether this year's birthday has come. */
    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource({
        // the birthday later in the year has not happened yet: 2024 - 1990 = 34, minus 1
        "1990-08-15, 2024-08-14, 33",
        // on the birthday itself the year is complete
        "1990-08-15, 2024-08-15, 34",
        "1990-08-15, 2024-12-31, 34",
        // a birthday on 1 January is always passed
        "1990-01-01, 2024-01-01, 34",
        "1990-12-31, 2024-12-30, 33",
        // born on the day: 0
        "2024-03-10, 2024-03-10, 0",
        // 29 February: in a common year the birthday counts on 1 March (Period.between)
        "2000-02-29, 2023-02-28, 22",
        "2000-02-29, 2023-03-01, 23",
        // in a leap year on the 29th itself
        "2000-02-29, 2024-02-28, 23",
        "2000-02-29, 2024-02-29, 24",
        // born on 28 February, counted on 29 February of a leap year: birthday passed
        "2001-02-28, 2024-02-29, 23",
        // born on 1 March, counted on 29 February of a leap year: not yet
        "2001-03-01, 2024-02-29, 22"
    })
    void countsCompletedYears(LocalDate birth, LocalDate day, int age) {
        assertThat(DeriveAge.completedYears(birth, day)).isEqualTo(age);
    }

    @Test
    void addsAnAgeColumnAfterTheBirthDateAndLeavesFutureAndUnreadableDatesEmpty() {
        Table customers = Fixtures.table("""
                id,birthday
                1,1990-08-15
                2,2000-02-29
                3,
                4,2030-01-01
                """);

        StepOutcome outcome = Fixtures.apply(DeriveAge.of("birthday", LocalDate.of(2024, 8, 14)), customers);

        assertThat(outcome.table().columnNames()).containsExactly("id", "birthday", "age");
        assertThat(outcome.table().intColumn("age").get(0)).isEqualTo(33);
        assertThat(outcome.table().intColumn("age").get(1)).isEqualTo(24);
        assertThat(outcome.table().intColumn("age").isMissing(2)).isTrue();
        assertThat(outcome.table().intColumn("age").isMissing(3)).isTrue();
        assertThat(outcome.report().count("futureDates")).isEqualTo(1);
        assertThat(outcome.report().columnsAdded()).containsExactly("age");
    }

    @Test
    void readsDatesWrittenAsText() {
        Table customers = Fixtures.table("id,birthday\n1,1985/3/7\n2,19991231\n3,not a date\n");
        assertThat(customers.column("birthday").type()).isEqualTo(tech.tablesaw.api.ColumnType.STRING);

        StepOutcome outcome = Fixtures.apply(DeriveAge.of("birthday", LocalDate.of(2024, 3, 7)), customers);

        assertThat(outcome.table().intColumn("age").get(0)).isEqualTo(39);
        assertThat(outcome.table().intColumn("age").get(1)).isEqualTo(24);
        assertThat(outcome.report().count("unreadable")).isEqualTo(1);
    }

    @Test
    void aNumberColumnIsNotABirthDate() {
        Table customers = Fixtures.table("id,birthday\n1,1990\n");

        assertThatThrownBy(() -> Fixtures.apply(DeriveAge.of("birthday", LocalDate.of(2024, 1, 1)), customers))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.notDate"));
    }

    @Test
    void anExistingAgeColumnIsNotOverwritten() {
        Table customers = Fixtures.table("age,birthday\n30,1990-01-01\n");

        assertThatThrownBy(() -> Fixtures.apply(DeriveAge.of("birthday", LocalDate.of(2024, 1, 1)), customers))
                .isInstanceOf(BadInputException.class).hasMessageContaining("age");
    }
}
