package org.marketingworkbench.data.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.data.ColumnType;

class TypeGuesserTest {

    private final TypeGuesser guesser = new TypeGuesser();

    private static List<String> repeated(String value, int times, String... others) {
        List<String> cells = new ArrayList<>(Collections.nCopies(times, value));
        cells.addAll(List.of(others));
        return cells;
    }

    @Test
    void wholeNumbersAreIntegers() {
        assertThat(guesser.guess(List.of("1", "22", "-3", "1,000", "NA")).type()).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void anyFractionMakesDecimals() {
        assertThat(guesser.guess(List.of("1", "2.5", "50%")).type()).isEqualTo(ColumnType.DECIMAL);
    }

    @Test
    void oneStrayTextInTwentyNumbersKeepsTheNumberType() {
        // 19 of 20 present cells fit: exactly the 95% the guess asks for
        assertThat(guesser.guess(repeated("7", 19, "see note")).type()).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void twoStrayTextsInTwentyMakeText() {
        // 18 of 20 = 90% < 95%
        assertThat(guesser.guess(repeated("7", 18, "see note", "n.a.")).type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void codesWithLeadingZerosStayText() {
        assertThat(guesser.guess(List.of("007", "012", "100")).type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void trueAndFalseAreBooleans() {
        assertThat(guesser.guess(List.of("true", "FALSE", "", "True")).type()).isEqualTo(ColumnType.BOOLEAN);
    }

    @Test
    void yesAndNoAreNotBooleans() {
        assertThat(guesser.guess(List.of("yes", "no", "no")).type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void aDayAboveTwelveTellsDayFirst() {
        ColumnPlan plan = guesser.guess(List.of("01/02/2024", "31/01/2024"));
        assertThat(plan.type()).isEqualTo(ColumnType.DATE);
        assertThat(plan.order()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(plan.orderGuessed()).isFalse();
    }

    @Test
    void aSecondPartAboveTwelveTellsMonthFirst() {
        ColumnPlan plan = guesser.guess(List.of("01/02/2024", "01/31/2024"));
        assertThat(plan.order()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(plan.orderGuessed()).isFalse();
    }

    @Test
    void ambiguousSlashDatesAreGuessedMonthFirstAndSaySo() {
        ColumnPlan plan = guesser.guess(List.of("01/02/2024", "03/04/2024"));
        assertThat(plan.order()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(plan.orderGuessed()).isTrue();
    }

    @Test
    void ambiguousDotDatesAreGuessedDayFirst() {
        ColumnPlan plan = guesser.guess(List.of("01.02.2024", "03.04.2024"));
        assertThat(plan.order()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(plan.orderGuessed()).isTrue();
    }

    @Test
    void isoDatesNeedNoOrder() {
        ColumnPlan plan = guesser.guess(List.of("2024-01-02", "2024-03-04 10:00"));
        assertThat(plan.type()).isEqualTo(ColumnType.DATE);
        assertThat(plan.orderGuessed()).isFalse();
    }

    @Test
    void anAllMissingColumnIsText() {
        assertThat(guesser.guess(List.of("", "NA", "-")).type()).isEqualTo(ColumnType.TEXT);
    }
}
