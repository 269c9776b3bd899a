package org.marketingworkbench.basket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class BasketRowsTest {

    @Test
    void everyFilledCellOfARowIsAnItemOfItsBasket() {
        Table table = Table.create("ragged", StringColumn.create("0", "milk", "bread", "eggs"),
                StringColumn.create("1", "bread", "", "milk"), StringColumn.create("2", "", "", "bread"));

        Transactions baskets = BasketRows.read(table, List.of(), "", Progress.none());

        assertThat(baskets.basketCount()).isEqualTo(3);
        assertThat(List.of(baskets.basketItems(0), baskets.basketItems(1), baskets.basketItems(2)))
                .extracting(items -> java.util.Set.copyOf(items))
                .containsExactly(java.util.Set.of("milk", "bread"), java.util.Set.of("bread"),
                        java.util.Set.of("eggs", "milk", "bread"));
    }

    @Test
    void aSeparatorSplitsACellIntoTrimmedItemsAndRepeatsCountOnce() {
        Table table = Table.create("lists", StringColumn.create("items", "milk; bread", "bread;;bread", "eggs"));

        Transactions baskets = BasketRows.read(table, List.of("items"), ";", Progress.none());

        assertThat(baskets.basketItems(0)).containsExactlyInAnyOrder("milk", "bread");
        assertThat(baskets.basketItems(1)).containsExactly("bread");
        assertThat(baskets.basketItems(2)).containsExactly("eggs");
        // milk 1, bread 2, eggs 1 of 3 baskets
        assertThat(baskets.itemFrequencies()).containsExactlyInAnyOrder(1, 2, 1);
    }

    @Test
    void orderLineColumnsAreGuessedFromTheirNames() {
        OrderColumns guess = BasketInput.guessOrders(List.of("order_date", "customer_id", "order_id", "product_id",
                "product_name"), null, null);

        assertThat(guess).isEqualTo(new OrderColumns("order_id", "product_id", "customer_id", null));
        assertThat(BasketInput.guessOrders(List.of("name", "age"), null, null)).isNull();
        assertThat(BasketInput.looksLikeBasketRows(List.of("0", "1", "2"))).isTrue();
    }
}
