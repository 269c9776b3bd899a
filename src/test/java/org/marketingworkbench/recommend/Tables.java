package org.marketingworkbench.recommend;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small interaction tables for the tests. */
final class Tables {

    private Tables() {
    }

    /** A table of (customer, item, quantity) rows, given as "customer item quantity" triples. */
    static Table quantities(String... rows) {
        StringColumn customers = StringColumn.create("customer");
        StringColumn items = StringColumn.create("item");
        DoubleColumn quantities = DoubleColumn.create("quantity");
        for (String row : rows) {
            String[] parts = row.split(" ");
            customers.append(parts[0]);
            items.append(parts[1]);
            quantities.append(Double.parseDouble(parts[2]));
        }
        return Table.create("interactions", customers, items, quantities);
    }

    static Interactions interactions(String... rows) {
        return InteractionReader.read(quantities(rows), InteractionColumns.of("customer", "item").withValue("quantity"),
                org.marketingworkbench.common.Progress.none());
    }
}
