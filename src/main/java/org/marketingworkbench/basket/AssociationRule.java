package org.marketingworkbench.basket;

import java.util.List;

/**
 * A rule "baskets with the antecedent also hold the consequent", with its measures. With A
 * the antecedent, C the consequent and N the baskets: support = n(A and C) / N, confidence =
 * n(A and C) / n(A), lift = confidence / support(C), leverage = support - support(A) x
 * support(C), conviction = (1 - support(C)) / (1 - confidence), which is
 * {@link Double#POSITIVE_INFINITY} when confidence is 1 (written "inf" in exports).
 *
 * @param antecedent the items on the left, in name order (empty for {} => {item})
 * @param consequent the items on the right, in name order
 * @param count      the baskets holding every item of the rule
 */
public record AssociationRule(List<String> antecedent, List<String> consequent, int count, double support,
        double confidence, double lift, double leverage, double conviction) {

    public AssociationRule {
        antecedent = List.copyOf(antecedent);
        consequent = List.copyOf(consequent);
    }

    /** Items on both sides, as arules counts rule length. */
    public int length() {
        return antecedent.size() + consequent.size();
    }

    /** Whether the item is on either side. */
    public boolean contains(String item) {
        return antecedent.contains(item) || consequent.contains(item);
    }

    /** The rule as text: {a, b} => {c}. */
    public String label() {
        return "{" + String.join(", ", antecedent) + "} => {" + String.join(", ", consequent) + "}";
    }
}
