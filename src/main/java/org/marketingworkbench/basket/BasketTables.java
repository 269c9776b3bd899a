package org.marketingworkbench.basket;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The basket results as tables, for CSV exports and the report. Itemsets are written as
 * arules writes them, {a,b}. Conviction is text because it is infinite for rules of
 * confidence 1: those cells read "inf".
 */
public final class BasketTables {
    /** How an infinite conviction is written in exports. */
    public static final String INFINITE = "inf";

    private BasketTables() {
    }

    /** Every rule in the given order. */
    public static Table rules(List<AssociationRule> rules) {
        StringColumn antecedent = StringColumn.create("antecedent");
        StringColumn consequent = StringColumn.create("consequent");
        IntColumn length = IntColumn.create("length");
        IntColumn count = IntColumn.create("count");
        DoubleColumn support = DoubleColumn.create("support");
        DoubleColumn confidence = DoubleColumn.create("confidence");
        DoubleColumn lift = DoubleColumn.create("lift");
        DoubleColumn leverage = DoubleColumn.create("leverage");
        StringColumn conviction = StringColumn.create("conviction");
        for (AssociationRule rule : rules) {
            antecedent.append(itemset(rule.antecedent()));
            consequent.append(itemset(rule.consequent()));
            length.append(rule.length());
            count.append(rule.count());
            support.append(rule.support());
            confidence.append(rule.confidence());
            lift.append(rule.lift());
            leverage.append(rule.leverage());
            conviction.append(number(rule.conviction()));
        }
        return Table.create("rules", antecedent, consequent, length, count, support, confidence, lift, leverage,
                conviction);
    }

    /** Every frequent itemset in the given order. */
    public static Table itemsets(List<FrequentItemset> itemsets) {
        StringColumn items = StringColumn.create("itemset");
        IntColumn length = IntColumn.create("length");
        IntColumn count = IntColumn.create("count");
        DoubleColumn support = DoubleColumn.create("support");
        for (FrequentItemset itemset : itemsets) {
            items.append(itemset(itemset.items()));
            length.append(itemset.length());
            count.append(itemset.count());
            support.append(itemset.support());
        }
        return Table.create("itemsets", items, length, count, support);
    }

    /** Items with their basket counts. */
    public static Table items(List<ItemCount> items) {
        StringColumn item = StringColumn.create("item");
        IntColumn count = IntColumn.create("count");
        DoubleColumn support = DoubleColumn.create("support");
        for (ItemCount itemCount : items) {
            item.append(itemCount.item());
            count.append(itemCount.count());
            support.append(itemCount.support());
        }
        return Table.create("items", item, count, support);
    }

    /** A cross-sell list: who to approach and which items they lack. */
    public static Table crossSell(List<CrossSell.Target> targets) {
        StringColumn customer = StringColumn.create("customer");
        IntColumn baskets = IntColumn.create("baskets_with_antecedent");
        StringColumn missing = StringColumn.create("missing");
        for (CrossSell.Target target : targets) {
            customer.append(target.customer());
            baskets.append(target.basketsWithAntecedent());
            missing.append(itemset(target.missing()));
        }
        return Table.create("cross_sell", customer, baskets, missing);
    }

    /** Items as arules writes an itemset: {a,b}. */
    public static String itemset(List<String> items) {
        return "{" + String.join(",", items) + "}";
    }

    /** A measure as full-precision text, "inf" when infinite. */
    public static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? INFINITE : "-" + INFINITE;
        }
        return Double.toString(value);
    }
}
