package org.marketingworkbench.ui.basket;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.basket.AssociationRule;
import org.marketingworkbench.basket.BasketAnalysis;
import org.marketingworkbench.basket.CrossSell;
import org.marketingworkbench.basket.FrequentItemset;
import org.marketingworkbench.basket.ItemCount;
import org.marketingworkbench.basket.RuleFilter;
import org.marketingworkbench.basket.RuleMetric;
import org.marketingworkbench.i18n.Messages;

/**
 * What the Baskets page shows of one analysis: every rule passing the filters (an item on a
 * side, metric ranges), every itemset, the chosen rule's cross-sell targets and the items
 * bought with a chosen item. Filtering is a pass over the rules, done at once.
 */
public final class BasketResults {
    /** The metrics the page filters by, each with a min and max (NaN: open). */
    public static final List<RuleMetric> FILTERED = List.of(RuleMetric.SUPPORT, RuleMetric.CONFIDENCE, RuleMetric.LIFT);

    private final ObjectProperty<BasketAnalysis> analysis = new SimpleObjectProperty<>(this, "analysis");
    private final ObservableList<AssociationRule> rules = FXCollections.observableArrayList();
    private final ObservableList<FrequentItemset> itemsets = FXCollections.observableArrayList();
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final StringProperty filterItem = new SimpleStringProperty(this, "filterItem", "");
    private final ObjectProperty<RuleFilter.Side> filterSide = new SimpleObjectProperty<>(this, "filterSide", RuleFilter.Side.EITHER);
    private final List<DoubleProperty> minimums = FILTERED.stream().map(m -> (DoubleProperty) new SimpleDoubleProperty(Double.NaN)).toList();
    private final List<DoubleProperty> maximums = FILTERED.stream().map(m -> (DoubleProperty) new SimpleDoubleProperty(Double.NaN)).toList();
    private final ObjectProperty<AssociationRule> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<CrossSell.Target> targets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper targetNote = new ReadOnlyStringWrapper(this, "targetNote", "");
    private final StringProperty companionOf = new SimpleStringProperty(this, "companionOf", "");
    private final ObservableList<BasketAnalysis.Companion> companions = FXCollections.observableArrayList();

    BasketResults() {
        analysis.addListener((obs, old, value) -> show(value));
        filterItem.addListener((obs, old, value) -> refilter());
        filterSide.addListener((obs, old, value) -> refilter());
        minimums.forEach(property -> property.addListener((obs, old, value) -> refilter()));
        maximums.forEach(property -> property.addListener((obs, old, value) -> refilter()));
        selected.addListener((obs, old, rule) -> crossSell(rule));
        companionOf.addListener((obs, old, item) -> listCompanions());
    }

    /** The current analysis, or null. */
    public ObjectProperty<BasketAnalysis> analysisProperty() {
        return analysis;
    }

    /** The rules passing the filters, highest lift first (the table sorts them further). */
    public ObservableList<AssociationRule> rules() {
        return rules;
    }

    public ObservableList<FrequentItemset> itemsets() {
        return itemsets;
    }

    /** Every item, most frequent first (choices for the filters). */
    public ObservableList<String> items() {
        return items;
    }

    /** Show only rules with this item (empty: all). */
    public StringProperty filterItemProperty() {
        return filterItem;
    }

    public ObjectProperty<RuleFilter.Side> filterSideProperty() {
        return filterSide;
    }

    /** The least value of {@code metric} (one of {@link #FILTERED}) a shown rule has; NaN for none. */
    public DoubleProperty minimum(RuleMetric metric) {
        return minimums.get(FILTERED.indexOf(metric));
    }

    public DoubleProperty maximum(RuleMetric metric) {
        return maximums.get(FILTERED.indexOf(metric));
    }

    /** The chosen rule (a table row or a scatter point). */
    public ObjectProperty<AssociationRule> selectedProperty() {
        return selected;
    }

    /** Customers who bought the chosen rule's antecedent but not its consequent. */
    public ObservableList<CrossSell.Target> targets() {
        return targets;
    }

    /** Why there is no target list (no rule chosen, no customer column), or a count. */
    public ReadOnlyStringProperty targetNoteProperty() {
        return targetNote.getReadOnlyProperty();
    }

    /** The item whose companions are listed. */
    public StringProperty companionOfProperty() {
        return companionOf;
    }

    public ObservableList<BasketAnalysis.Companion> companions() {
        return companions;
    }

    /** The filter the table shows, as the analysis applies it. */
    public RuleFilter filter() {
        String item = filterItem.get();
        RuleFilter filter = item == null || item.isBlank() ? RuleFilter.all() : RuleFilter.withItem(item.strip(), filterSide.get());
        for (int i = 0; i < FILTERED.size(); i++) {
            double min = minimums.get(i).get();
            double max = maximums.get(i).get();
            if (!Double.isNaN(min) || !Double.isNaN(max)) {
                filter = filter.and(FILTERED.get(i), Double.isNaN(min) ? Double.NEGATIVE_INFINITY : min,
                        Double.isNaN(max) ? Double.POSITIVE_INFINITY : max);
            }
        }
        return filter;
    }

    private void show(BasketAnalysis value) {
        itemsets.setAll(value == null ? List.of() : value.itemsets());
        items.setAll(value == null ? List.of() : value.items().stream().map(ItemCount::item).toList());
        if (value != null && !value.items().isEmpty() && !items.contains(companionOf.get())) {
            companionOf.set(value.items().get(0).item());
        }
        listCompanions();
        refilter();
    }

    private void refilter() {
        BasketAnalysis value = analysis.get();
        AssociationRule chosen = selected.get();
        rules.setAll(value == null ? List.of() : value.rules(filter(), RuleMetric.DEFAULT_ORDER));
        selected.set(chosen != null && rules.contains(chosen) ? chosen : rules.isEmpty() ? null : rules.get(0));
        if (selected.get() == chosen) {
            crossSell(chosen);
        }
    }

    private void crossSell(AssociationRule rule) {
        BasketAnalysis value = analysis.get();
        if (rule == null || value == null) {
            targets.clear();
            targetNote.set(Messages.get("basket.page.noRule"));
        } else if (!value.transactions().hasCustomers()) {
            targets.clear();
            targetNote.set(Messages.get("basket.page.noCustomerColumn"));
        } else {
            targets.setAll(CrossSell.targets(value.transactions(), rule));
            targetNote.set(Messages.get("basket.page.targets", targets.size(), rule.label()));
        }
    }

    private void listCompanions() {
        BasketAnalysis value = analysis.get();
        String item = companionOf.get();
        companions.setAll(value == null || item == null ? List.of() : value.boughtTogether(item));
    }
}
