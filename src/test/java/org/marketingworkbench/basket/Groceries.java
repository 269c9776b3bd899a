package org.marketingworkbench.basket;

import java.nio.file.Path;
import org.marketingworkbench.common.Progress;

/** The arules Groceries baskets (see src/test/resources/datasets/groceries/README.md), read once. */
final class Groceries {
    static final Path FILE = Path.of("src/test/resources/datasets/groceries/groceries.csv");
    private static Transactions transactions;

    private Groceries() {
    }

    static synchronized Transactions transactions() {
        if (transactions == null) {
            transactions = BasketFile.read(FILE, Progress.none());
        }
        return transactions;
    }
}
