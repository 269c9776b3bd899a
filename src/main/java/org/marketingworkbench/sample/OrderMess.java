package org.marketingworkbench.sample;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes orders.csv with planted exact duplicate lines: a line written twice in a row, as a sync that
 * retried would. Only completed lines of orders without returns and without outliers are copied, so
 * removing duplicates, returns and outliers are independent steps.
 */
final class OrderMess {

    static final int DUPLICATE_ROWS = 37;
    static final List<String> HEADER = List.of("order_id", "customer_id", "order_date", "product_id",
            "product_name", "category", "unit_price", "quantity", "line_amount", "status");

    private final List<OrderLine> duplicated;

    OrderMess(long seed, OrderGenerator.Orders orders) {
        SampleRandom random = new SampleRandom(seed, "order-mess");
        Set<String> untouchable = new HashSet<>();
        orders.returns().forEach(line -> untouchable.add(line.orderId()));
        orders.quantityOutliers().forEach(line -> untouchable.add(line.orderId()));
        List<OrderLine> candidates = orders.lines().stream().filter(line -> !untouchable.contains(line.orderId()))
                .toList();
        duplicated = List.copyOf(random.sample(candidates, DUPLICATE_ROWS));
    }

    List<OrderLine> duplicated() {
        return duplicated;
    }

    CsvText csv(List<OrderLine> lines) {
        Set<OrderLine> copied = new HashSet<>(duplicated);
        CsvText csv = new CsvText("\n", HEADER.toArray(String[]::new));
        for (OrderLine line : lines) {
            csv.row(row(line));
            if (copied.contains(line)) {
                csv.row(row(line));
            }
        }
        return csv;
    }

    private static String[] row(OrderLine line) {
        Product product = line.product();
        return new String[] {line.orderId(), line.customer().id(), line.orderDate().toString(), product.id(),
            product.name(), product.category(), CsvText.money(product.priceCents()), Integer.toString(line.quantity()),
            CsvText.money(line.amountCents()), line.status()};
    }
}
