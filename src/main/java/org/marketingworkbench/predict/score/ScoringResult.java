package org.marketingworkbench.predict.score;

import java.util.Comparator;
import java.util.List;

/**
 * A trained model applied to another table.
 *
 * @param customers one entry per row, in row order
 * @param warnings  translated notes on ignored columns and unseen categories
 */
public record ScoringResult(List<ScoredCustomer> customers, List<String> warnings) {

    public ScoringResult {
        customers = List.copyOf(customers);
        warnings = List.copyOf(warnings);
    }

    /** The {@code n} customers most likely to buy, highest probability first (ties in row order). */
    public List<ScoredCustomer> mostLikelyBuyers(int n) {
        return customers.stream().sorted(Comparator.comparingDouble(ScoredCustomer::probability).reversed())
                .limit(n).toList();
    }
}
