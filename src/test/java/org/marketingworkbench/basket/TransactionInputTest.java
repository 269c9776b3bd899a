package org.marketingworkbench.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TransactionInputTest {
    @TempDir
    Path folder;

    /** Three orders of two customers; order 2 returns the tea it also bought, order 3 is only a return. */
    static Table orderLines() {
        return Table.create("orders",
                StringColumn.create("order_id", "1", "1", "2", "2", "2", "3"),
                StringColumn.create("customer_id", "C1", "C1", "C2", "C2", "C2", "C1"),
                StringColumn.create("product", "AA coffee", "BB milk", "AA coffee", "CC tea", "CC tea", "BB milk"),
                IntColumn.create("quantity", 2, 1, 1, 1, -1, -1));
    }

    @Test
    void groupsOrderLinesIntoBasketsWithTheirCustomer() {
        Transactions baskets = OrderLines.read(orderLines(), OrderColumns.of("order_id", "product")
                .withCustomer("customer_id"), Progress.none());

        assertThat(baskets.basketCount()).isEqualTo(3);
        assertThat(baskets.basketItems(0)).containsExactly("AA coffee", "BB milk");
        assertThat(baskets.basketItems(1)).containsExactly("AA coffee", "CC tea");
        assertThat(baskets.customer(1)).contains("C2");
    }

    @Test
    void aReturnedLineIsNotAPurchase() {
        // order 2: tea +1 -1 = 0, so only coffee; order 3: milk -1, so an empty basket that still counts
        Transactions baskets = OrderLines.read(orderLines(), OrderColumns.of("order_id", "product")
                .withQuantity("quantity"), Progress.none());

        assertThat(baskets.basketCount()).isEqualTo(3);
        assertThat(baskets.basketItems(1)).containsExactly("AA coffee");
        assertThat(baskets.basketItems(2)).isEmpty();
        assertThat(baskets.items()).containsExactly("AA coffee", "BB milk");
    }

    @Test
    void mapsItemsUpToTheirCategory() {
        Table categories = Table.create("categories",
                StringColumn.create("product", "AA coffee", "CC tea", "BB milk"),
                StringColumn.create("category", "drinks", "drinks", "dairy"));
        Transactions baskets = OrderLines.read(orderLines(), OrderColumns.of("order_id", "product"), Progress.none());

        Transactions mapped = baskets.mapped(ItemMapping.of(categories, "product", "category"));

        // order 2 held coffee and tea: both drinks, one item in the basket
        assertThat(mapped.basketItems(0)).containsExactly("drinks", "dairy");
        assertThat(mapped.basketItems(1)).containsExactly("drinks");
        assertThat(mapped.itemCount()).isEqualTo(2);
    }

    @Test
    void aMappingWithTwoGroupsForOneItemIsRefused() {
        Table conflicting = Table.create("m", StringColumn.create("product", "tea", "tea"),
                StringColumn.create("category", "drinks", "food"));

        assertThatThrownBy(() -> ItemMapping.of(conflicting, "product", "category"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("tea");
    }

    @Test
    void aMissingColumnIsNamedWithTheColumnsThereAre() {
        assertThatThrownBy(() -> OrderLines.read(orderLines(), OrderColumns.of("basket", "product"), Progress.none()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("basket").hasMessageContaining("order_id");
    }

    @Test
    void readsABasketFileWithAByteOrderMarkAnotherSeparatorAndEncoding() throws IOException {
        Path file = folder.resolve("baskets.txt");
        Charset gb18030 = Charset.forName("GB18030");
        Files.writeString(file, "\uFEFF咖啡;牛奶 \r\n\r\n茶;;咖啡\r\n", gb18030);

        Transactions baskets = BasketFile.read(file, ";", gb18030, Progress.none());

        assertThat(baskets.basketCount()).isEqualTo(2);
        assertThat(baskets.basketItems(0)).containsExactly("咖啡", "牛奶 ");
        assertThat(baskets.basketItems(1)).containsExactlyInAnyOrder("茶", "咖啡");
    }

    @Test
    void aBasketFileInTheWrongEncodingSaysSo() throws IOException {
        Path file = folder.resolve("gb.txt");
        Files.writeString(file, "咖啡,牛奶\n", Charset.forName("GB18030"));

        assertThatThrownBy(() -> BasketFile.read(file, ",", StandardCharsets.UTF_8, Progress.none()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void readsAZeroOneItemMatrix() {
        Table matrix = Table.create("matrix", StringColumn.create("basket", "b1", "b2", "b3"),
                IntColumn.create("bread", 1, 0, 1), DoubleColumn.create("milk", 1.0, 1.0, Double.NaN),
                BooleanColumn.create("eggs", new boolean[] {false, true, false}));

        Transactions baskets = ItemMatrix.read(matrix, Progress.none());

        assertThat(baskets.basketCount()).isEqualTo(3);
        assertThat(baskets.basketItems(0)).containsExactly("bread", "milk");
        assertThat(baskets.basketItems(1)).containsExactly("milk", "eggs");
        assertThat(baskets.basketItems(2)).containsExactly("bread");
    }

    @Test
    void aTextColumnInAnItemMatrixIsRefused() {
        Table matrix = Table.create("matrix", StringColumn.create("bread", "yes", "no"));

        assertThatThrownBy(() -> ItemMatrix.read(matrix, List.of("bread"), Progress.none()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("bread");
    }

    @Test
    void includeKeepsOnlyTheListedItems() {
        Transactions baskets = HandExampleTest.BASKETS.filtered(java.util.Set.of("bread", "milk"), java.util.Set.of());

        assertThat(baskets.basketCount()).isEqualTo(5);
        assertThat(baskets.items()).containsExactlyInAnyOrder("bread", "milk");
        assertThat(baskets.mapped(Map.of()).basketCount()).isEqualTo(5);
    }
}
