package org.marketingworkbench.basket;

import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/** A measure of a rule, to sort and filter by. */
public enum RuleMetric {
    SUPPORT(AssociationRule::support),
    CONFIDENCE(AssociationRule::confidence),
    LIFT(AssociationRule::lift),
    LEVERAGE(AssociationRule::leverage),
    CONVICTION(AssociationRule::conviction),
    COUNT(AssociationRule::count),
    LENGTH(AssociationRule::length);

    private final ToDoubleFunction<AssociationRule> value;

    RuleMetric(ToDoubleFunction<AssociationRule> value) {
        this.value = value;
    }

    public double of(AssociationRule rule) {
        return value.applyAsDouble(rule);
    }

    /** Highest first, ties broken by lift, confidence, support and then the rule's text, so the order is stable. */
    public Comparator<AssociationRule> highestFirst() {
        return Comparator.comparingDouble(this::of).reversed().thenComparing(DEFAULT_ORDER);
    }

    /** Lowest first, ties as {@link #highestFirst()}. */
    public Comparator<AssociationRule> lowestFirst() {
        return Comparator.comparingDouble(this::of).thenComparing(DEFAULT_ORDER);
    }

    /** The order of the results: lift, then confidence, then support, highest first, then by text. */
    public static final Comparator<AssociationRule> DEFAULT_ORDER = Comparator
            .comparingDouble(AssociationRule::lift).reversed()
            .thenComparing(Comparator.comparingDouble(AssociationRule::confidence).reversed())
            .thenComparing(Comparator.comparingDouble(AssociationRule::support).reversed())
            .thenComparing(AssociationRule::label);
}
