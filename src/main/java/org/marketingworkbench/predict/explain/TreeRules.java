package org.marketingworkbench.predict.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marketingworkbench.predict.setup.FittedPreprocessing;
import tech.tablesaw.api.Table;

/** The rules of a tree, one per leaf, and how to apply them. */
public final class TreeRules {

    private TreeRules() {
    }

    /** One rule per leaf, left to right, with redundant conditions merged. */
    public static List<Rule> of(TreeNode root) {
        List<Rule> rules = new ArrayList<>();
        collect(root, new ArrayList<>(), rules);
        return rules;
    }

    /** The rule a row falls under (exactly one for rules of one tree). */
    public static Optional<Rule> ruleFor(List<Rule> rules, FittedPreprocessing preprocessing, Table table, int row) {
        return rules.stream().filter(rule -> rule.matches(preprocessing, table, row)).findFirst();
    }

    private static void collect(TreeNode node, List<Condition> path, List<Rule> rules) {
        if (node.leaf()) {
            rules.add(new Rule(simplify(path), node.predictedClass(), node.customers(), node.buyers()));
            return;
        }
        Condition split = node.split().orElseThrow();
        path.add(split);
        collect(node.children().get(0), path, rules);
        path.set(path.size() - 1, split.negate());
        collect(node.children().get(1), path, rules);
        path.remove(path.size() - 1);
    }

    /**
     * Keeps the tightest bound on each side of a number and, for a category fixed by "=",
     * drops the "\u2260" clauses it implies. The result holds for exactly the same rows.
     */
    static List<Condition> simplify(List<Condition> path) {
        Map<String, Condition> kept = new LinkedHashMap<>();
        for (Condition condition : path) {
            String key = switch (condition.operator()) {
                case AT_MOST, ABOVE -> condition.column() + condition.operator();
                case IS -> condition.column() + "=";
                case IS_NOT -> condition.column() + "\u2260" + condition.level();
            };
            Condition previous = kept.get(key);
            if (previous == null || tighter(condition, previous)) {
                kept.put(key, condition);
            }
        }
        List<Condition> simplified = new ArrayList<>();
        for (Condition condition : kept.values()) {
            boolean implied = condition.operator() == Condition.Operator.IS_NOT
                    && kept.containsKey(condition.column() + "=");
            if (!implied) {
                simplified.add(condition);
            }
        }
        return simplified;
    }

    private static boolean tighter(Condition candidate, Condition previous) {
        return switch (candidate.operator()) {
            case AT_MOST -> candidate.threshold() < previous.threshold();
            case ABOVE -> candidate.threshold() > previous.threshold();
            default -> false;
        };
    }
}
