package org.marketingworkbench.predict.explain;

import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.setup.FittedPreprocessing;
import tech.tablesaw.api.Table;

/**
 * One path of a decision tree as a rule: the conditions that lead to a leaf, what the leaf
 * predicts, and the training customers behind it.
 *
 * @param conditions     all must hold (simplified: one bound per side per number)
 * @param predictedClass 1 when the leaf predicts a purchase
 * @param customers      training customers in the leaf
 * @param buyers         how many of them bought
 */
public record Rule(List<Condition> conditions, int predictedClass, long customers, long buyers) {

    public Rule {
        conditions = List.copyOf(conditions);
    }

    public double buyerShare() {
        return customers == 0 ? 0 : (double) buyers / customers;
    }

    /** Whether every condition holds for a row. */
    public boolean matches(FittedPreprocessing preprocessing, Table table, int row) {
        for (Condition condition : conditions) {
            if (!condition.holds(preprocessing, table, row)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rule as a translated sentence, e.g. "IF age > 60 AND contact = cellular THEN buys:
     * 71% of 311 customers"; the share is that of the predicted outcome.
     */
    public String sentence() {
        String clauses = conditions.stream().map(Condition::text)
                .collect(Collectors.joining(Messages.get("predict.rule.and")));
        String outcome = Messages.get(predictedClass == 1 ? "predict.rule.buys" : "predict.rule.doesNotBuy");
        double share = predictedClass == 1 ? buyerShare() : 1 - buyerShare();
        String percent = NumberFormat.getPercentInstance().format(share);
        if (conditions.isEmpty()) {
            return Messages.get("predict.rule.always", outcome, percent, customers);
        }
        return Messages.get("predict.rule.sentence", clauses, outcome, percent, customers);
    }
}
