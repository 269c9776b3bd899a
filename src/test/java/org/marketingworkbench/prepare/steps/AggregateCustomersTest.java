package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.Table;

class AggregateCustomersTest {
    // line amounts (price x quantity): C1 20 + 5 + 10 = 35 over orders O1, O2; C2 30 then a return of -30;
    // C3 20; the last line has no customer.
    private final Table lines = Fixtures.table("""
            customer,order,date,product,category,price,quantity
            C1,O1,2024-01-10,P1,food,10.0,2
            C1,O1,2024-01-10,P2,toys,5.0,1
            C1,O2,2024-03-01,P1,food,10.0,1
            C2,O3,2024-02-15,P3,books,30.0,1
            C3,O4,2023-12-31,P2,toys,5.0,4
            C2,O5,2024-03-30,P3,books,30.0,-1
            ,O6,2024-03-01,P1,food,10.0,1
            """);
    private final AggregateCustomers step = AggregateCustomers
            .of("customer", "order", "date", "price", LocalDate.of(2024, 3, 31))
            .withQuantity("quantity").withProducts("product", "category");

    @Test
    void computesRecencyFrequencyAndMonetaryByHand() {
        Table customers = Fixtures.apply(step, lines).table();

        assertThat(customers.stringColumn("customer").asList()).containsExactly("C1", "C2", "C3");
        // C1 last bought 2024-03-01: 30 days to 2024-03-31; C2 on 03-30: 1 day;
        // C3 on 2023-12-31: 31 (January) + 29 (February 2024) + 31 (March) = 91 days
        assertThat(customers.intColumn("recency").asList()).containsExactly(30, 1, 91);
        assertThat(customers.intColumn("frequency").asList()).containsExactly(2, 2, 1);
        assertThat(customers.doubleColumn("monetary").asList()).containsExactly(35.0, 0.0, 20.0);
        assertThat(customers.doubleColumn("average_spend").asList()).containsExactly(17.5, 0.0, 20.0);
        assertThat(customers.intColumn("distinct_products").asList()).containsExactly(2, 1, 1);
        assertThat(customers.dateColumn("first_purchase").asList()).containsExactly(LocalDate.of(2024, 1, 10),
                LocalDate.of(2024, 2, 15), LocalDate.of(2023, 12, 31));
        assertThat(customers.dateColumn("last_purchase").asList()).containsExactly(LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 30), LocalDate.of(2023, 12, 31));
    }

    @Test
    void sharesAreEachCategorysPartOfTheSpend() {
        Table customers = Fixtures.apply(step, lines).table();

        // C1: food 20 + 10 = 30 of 35, toys 5 of 35; C2 spent 0 net, so its shares are undefined
        assertThat(customers.columnNames()).contains("share_books", "share_food", "share_toys");
        assertThat(customers.doubleColumn("share_food").get(0)).isCloseTo(30.0 / 35, within(1e-12));
        assertThat(customers.doubleColumn("share_toys").get(0)).isCloseTo(5.0 / 35, within(1e-12));
        assertThat(customers.doubleColumn("share_books").get(0)).isZero();
        assertThat(customers.doubleColumn("share_books").isMissing(1)).isTrue();
        assertThat(customers.doubleColumn("share_toys").get(2)).isEqualTo(1.0);
    }

    @Test
    void reportsSkippedLinesAndStartsANewRowCount() {
        StepOutcome outcome = Fixtures.apply(step, lines);

        assertThat(outcome.report().rowsIn()).isEqualTo(7);
        assertThat(outcome.report().rowsOut()).isEqualTo(3);
        assertThat(outcome.report().count("skippedLines")).isEqualTo(1);
        assertThat(outcome.rowNumbers()).containsExactly(1, 2, 3);
    }

    @Test
    void aReferenceDateBeforeTheLastPurchaseIsReported() {
        AggregateCustomers early = AggregateCustomers.of("customer", "order", "date", "price", LocalDate.of(2024, 3, 1));

        StepOutcome outcome = Fixtures.apply(early, lines);

        assertThat(outcome.report().count("linesAfterAsOf")).isEqualTo(1);
        assertThat(outcome.table().intColumn("recency").get(1)).isEqualTo(-29);
    }

    @Test
    void anEmptyTableIsBadInput() {
        assertThatThrownBy(() -> Fixtures.apply(step, lines.emptyCopy())).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.emptyTable"));
    }
}
