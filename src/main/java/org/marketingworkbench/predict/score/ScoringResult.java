package org.marketingworkbench.predict.score;

import java.util.Comparator;
import java.util.List;
import org.marketingworkbench.predict.setup.BinaryTarget;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

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

    /** The same scores with the predicted class read at another threshold (the probabilities do not change). */
    public ScoringResult atThreshold(double threshold, BinaryTarget target) {
        List<ScoredCustomer> relabelled = customers.stream().map(customer -> new ScoredCustomer(customer.id(),
                customer.probability(), target.label(customer.probability() >= threshold ? 1 : 0))).toList();
        return new ScoringResult(relabelled, warnings);
    }

    /** The scores as a table with the columns of scores.csv: id, probability, predicted_class. */
    public Table table(String name) {
        StringColumn ids = StringColumn.create("id");
        DoubleColumn probabilities = DoubleColumn.create("probability");
        StringColumn predicted = StringColumn.create("predicted_class");
        for (ScoredCustomer customer : customers) {
            ids.append(customer.id());
            probabilities.append(customer.probability());
            predicted.append(customer.predictedClass());
        }
        return Table.create(name, ids, probabilities, predicted);
    }
}
