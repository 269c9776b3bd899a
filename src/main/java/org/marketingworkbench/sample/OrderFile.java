package org.marketingworkbench.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes orders.csv (order lines) with its planted duplicates and quantity outliers. */
final class OrderFile {
    static final List<String> HEADER = List.of("order_id", "customer_id", "order_date", "product_id", "product_name",
            "category", "unit_price", "quantity", "line_amount", "status");
    static final int DUPLICATES = 25;
    static final int QUANTITY_OUTLIERS = 5;
    static final int OUTLIER_QUANTITY = 100;

    private OrderFile() {
    }

    static Map<String, Object> write(List<OrderFactory.Line> lines, Path file, long seed) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (OrderFactory.Line line : lines) {
            Catalogue.Product p = line.product();
            rows.add(new ArrayList<>(List.of(line.orderId(), line.customerId(), line.date().toString(), p.id(), p.name(),
                    p.category(), p.price(), line.quantity(), line.amount(), line.status())));
        }
        Mess mess = new Mess(rows.size(), seed);
        Map<String, Object> planted = new LinkedHashMap<>();
        List<String> outliers = new ArrayList<>();
        for (int row : mess.take("quantity_outliers", QUANTITY_OUTLIERS,
                r -> "completed".equals(rows.get(r).get(9)) && (Double) rows.get(r).get(6) < 100)) {
            List<Object> cells = rows.get(row);
            cells.set(7, OUTLIER_QUANTITY);
            cells.set(8, Math.round((Double) cells.get(6) * OUTLIER_QUANTITY * 100) / 100.0);
            outliers.add(cells.get(0) + "/" + cells.get(3));
        }
        planted.put("quantity_outliers", Ordered.map("count", QUANTITY_OUTLIERS, "quantity", OUTLIER_QUANTITY,
                "order_lines", outliers, "rule", "z-score above 3 on quantity"));
        List<Integer> copied = mess.take("duplicates", DUPLICATES, r -> "completed".equals(rows.get(r).get(9)));
        planted.put("duplicate_rows", DUPLICATES);
        planted.put("returned_lines", lines.stream().filter(line -> line.quantity() < 0).count());
        List<List<Object>> written = mess.withDuplicates(rows, copied);
        planted.put("rows", written.size());
        planted.put("unique_rows", rows.size());
        try (CsvOut out = new CsvOut(file, StandardCharsets.UTF_8, false)) {
            out.row(HEADER);
            written.forEach(out::row);
        }
        return planted;
    }
}
