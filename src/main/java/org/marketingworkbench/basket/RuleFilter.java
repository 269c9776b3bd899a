package org.marketingworkbench.basket;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which rules to show: those holding an item on a given side (any rule when the item is
 * null) and with every listed measure within its range.
 */
public record RuleFilter(String item, Side side, List<Range> ranges) implements Predicate<AssociationRule> {

    /** Where the item must be. */
    public enum Side { EITHER, ANTECEDENT, CONSEQUENT }

    /** A closed range of one measure; use infinities for an open end. */
    public record Range(RuleMetric metric, double min, double max) {
        boolean holds(AssociationRule rule) {
            double value = metric.of(rule);
            return value >= min && value <= max;
        }
    }

    public RuleFilter {
        side = side == null ? Side.EITHER : side;
        ranges = List.copyOf(ranges);
    }

    /** Every rule. */
    public static RuleFilter all() {
        return new RuleFilter(null, Side.EITHER, List.of());
    }

    /** Rules with the item on the given side. */
    public static RuleFilter withItem(String item, Side side) {
        return new RuleFilter(item, side, List.of());
    }

    /** This filter, also requiring {@code min <= metric <= max}. */
    public RuleFilter and(RuleMetric metric, double min, double max) {
        List<Range> more = new java.util.ArrayList<>(ranges);
        more.add(new Range(metric, min, max));
        return new RuleFilter(item, side, more);
    }

    @Override
    public boolean test(AssociationRule rule) {
        if (item != null && !switch (side) {
            case EITHER -> rule.contains(item);
            case ANTECEDENT -> rule.antecedent().contains(item);
            case CONSEQUENT -> rule.consequent().contains(item);
        }) {
            return false;
        }
        for (Range range : ranges) {
            if (!range.holds(rule)) {
                return false;
            }
        }
        return true;
    }
}
