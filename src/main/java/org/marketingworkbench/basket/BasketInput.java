package org.marketingworkbench.basket;

import java.util.List;
import java.util.Locale;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.Table;

/**
 * How a table holds its baskets, so the page and the report read them the same way.
 *
 * @param kind        order lines, one basket per row, or a 0/1 item matrix
 * @param orders      the order-line columns (for {@link Kind#ORDER_LINES})
 * @param itemColumns the item columns of a basket-per-row table or matrix; empty means all
 * @param separator   the text between items inside one cell (basket per row), or empty
 */
public record BasketInput(Kind kind, OrderColumns orders, List<String> itemColumns, String separator) {

    /** The three shapes of basket data. */
    public enum Kind { ORDER_LINES, BASKET_ROWS, ITEM_MATRIX }

    private static final List<String> BASKET_NAMES = List.of("order_id", "order", "basket", "transaction",
            "invoice", "receipt", "订单");
    private static final List<String> ITEM_NAMES = List.of("product_id", "product", "item", "sku", "article",
            "商品", "产品");
    private static final List<String> CUSTOMER_NAMES = List.of("customer_id", "customer", "member", "user",
            "client", "客户", "会员");

    public BasketInput {
        itemColumns = itemColumns == null ? List.of() : List.copyOf(itemColumns);
        separator = separator == null ? "" : separator;
    }

    public static BasketInput orderLines(OrderColumns columns) {
        return new BasketInput(Kind.ORDER_LINES, columns, List.of(), "");
    }

    public static BasketInput basketRows(List<String> columns, String separator) {
        return new BasketInput(Kind.BASKET_ROWS, null, columns, separator);
    }

    public static BasketInput itemMatrix(List<String> columns) {
        return new BasketInput(Kind.ITEM_MATRIX, null, columns, "");
    }

    /** Reads the baskets from {@code table}. */
    public Transactions read(Table table, Progress progress) {
        return switch (kind) {
            case ORDER_LINES -> OrderLines.read(table, orders, progress);
            case BASKET_ROWS -> BasketRows.read(table, itemColumns, separator, progress);
            case ITEM_MATRIX -> itemColumns.isEmpty() ? ItemMatrix.read(table, progress)
                    : ItemMatrix.read(table, itemColumns, progress);
        };
    }

    /**
     * The likely order-line columns of a table: the first whose name reads like an order, a
     * product or a customer, else the columns given the basket and item roles; null when none.
     *
     * @param basketRole the column with the basket role, or null
     * @param itemRole   the column with the item role, or null
     */
    public static OrderColumns guessOrders(List<String> names, String basketRole, String itemRole) {
        String basket = firstNonNull(find(names, BASKET_NAMES, null), basketRole);
        String item = firstNonNull(find(names, ITEM_NAMES, basket), itemRole);
        if (basket == null || item == null) {
            return null;
        }
        return new OrderColumns(basket, item, find(names, CUSTOMER_NAMES, null), null);
    }

    /** Whether the columns look like one basket per row: every header is a position 0, 1, 2... */
    public static boolean looksLikeBasketRows(List<String> names) {
        return names.size() > 1 && names.stream().allMatch(name -> name.matches("\\d+|C\\d+|Column \\d+"));
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    private static String find(List<String> names, List<String> wanted, String other) {
        for (String word : wanted) {
            for (String name : names) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!name.equals(other) && (lower.equals(word) || lower.startsWith(word + "_")
                        || lower.endsWith("_" + word) || lower.contains(word) && !word.matches("[a-z_]+"))) {
                    return name;
                }
            }
        }
        return null;
    }
}
