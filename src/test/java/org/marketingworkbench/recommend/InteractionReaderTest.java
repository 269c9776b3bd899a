package org.marketingworkbench.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class InteractionReaderTest {

    private static Table orders() {
        return Table.create("orders",
                StringColumn.create("customer", "A", "A", "A", "B", "B", "", "C"),
                StringColumn.create("item", "x", "x", "y", "x", "x", "y", "z"),
                DoubleColumn.create("spend", 2.0, 3.5, 1.0, 4.0, -4.0, 9.0, 1.0),
                DateColumn.create("date", List.of(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2),
                        LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4))));
    }

    /**
     * A bought x twice (2.0 + 3.5 = 5.5, latest 2024-03-01) and y once; B bought x and returned it
     * (4 - 4 = 0: dropped, 2 rows); the row without a customer is left out (1 row): 3 of 7 rows skipped.
     */
    @Test
    void pairsSumTheirValuesKeepTheLatestDateAndDropNetReturns() {
        Interactions data = InteractionReader.read(orders(),
                InteractionColumns.of("customer", "item").withValue("spend").withDate("date"), Progress.none());

        int a = data.users().indexOf("A");
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.count(a)).isEqualTo(2);
        int x = data.start(a);
        assertThat(data.items().name(data.item(x))).isEqualTo("x");
        assertThat(data.value(x)).isEqualTo(5.5f);
        assertThat(data.time(x)).isEqualTo(LocalDate.of(2024, 3, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        assertThat(data.count(data.users().indexOf("B"))).isZero();
        assertThat(data.skippedRows()).isEqualTo(3);
        assertThat(data.isImplicit()).isFalse();
    }

    @Test
    void withoutAValueColumnEveryPairWeighsOne() {
        Interactions data = InteractionReader.read(orders(), InteractionColumns.of("customer", "item"),
                Progress.none());
        assertThat(data.isImplicit()).isTrue();
        for (int p = 0; p < data.size(); p++) {
            assertThat(data.value(p)).isEqualTo(1f);
        }
        // Implicit: B's purchase and return are both "bought x".
        assertThat(data.count(data.users().indexOf("B"))).isEqualTo(1);
    }

    @Test
    void wholeNumberIdsReadTheSameFromIntegerAndDecimalColumns() {
        Table table = Table.create("t", IntColumn.create("customer", 17, 18), DoubleColumn.create("item", 3.0, 4.5));
        Interactions data = InteractionReader.read(table, InteractionColumns.of("customer", "item"), Progress.none());
        assertThat(data.users().names()).containsExactly("17", "18");
        assertThat(data.items().names()).containsExactly("3", "4.5");
    }

    @Test
    void aCustomerColumnThatDoesNotExistIsBadInputNamingTheColumns() {
        assertThatThrownBy(() -> InteractionReader.read(orders(), InteractionColumns.of("client", "item"),
                Progress.none()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("\"client\"")
                .hasMessageContaining("customer, item, spend, date");
    }

    @Test
    void aTextValueColumnIsBadInput() {
        assertThatThrownBy(() -> InteractionReader.read(orders(),
                InteractionColumns.of("customer", "item").withValue("item"), Progress.none()))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).key()).isEqualTo("recommend.error.notNumbers");
    }

    @Test
    void aTableWithoutUsableRowsHasNoInteractions() {
        Table empty = Table.create("t", StringColumn.create("customer"), StringColumn.create("item"));
        assertThatThrownBy(() -> InteractionReader.read(empty, InteractionColumns.of("customer", "item"),
                Progress.none()))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).key()).isEqualTo("recommend.error.noInteractions");
    }

    @Test
    void datesWrittenAsIsoTextAreRead() {
        Table table = Table.create("t", StringColumn.create("customer", "A"), StringColumn.create("item", "x"),
                StringColumn.create("when", "2024-03-01"));
        Interactions data = InteractionReader.read(table, InteractionColumns.of("customer", "item").withDate("when"),
                Progress.none());
        assertThat(data.time(0)).isEqualTo(LocalDate.of(2024, 3, 1).toEpochDay() * 86_400L);

        Table bad = Table.create("t", StringColumn.create("customer", "A"), StringColumn.create("item", "x"),
                StringColumn.create("when", "soon"));
        assertThatThrownBy(() -> InteractionReader.read(bad, InteractionColumns.of("customer", "item")
                .withDate("when"), Progress.none()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("soon");
    }
}
