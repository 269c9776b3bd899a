package org.marketingworkbench.ui.basket;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.marketingworkbench.basket.AssociationRule;
import org.marketingworkbench.basket.BasketAnalysis;
import org.marketingworkbench.basket.BasketTables;
import org.marketingworkbench.basket.RuleFilter;
import org.marketingworkbench.basket.RuleMetric;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Tables;
import org.marketingworkbench.ui.table.TableExportService;
import org.marketingworkbench.ui.table.TableExportButton;

/** Every rule passing the filters, sortable by any column; the selected row is the chosen rule. */
final class BasketRulesPane extends VBox {
    private final BasketResults results;
    private final TableView<AssociationRule> table = new TableView<>();
    private final SortedList<AssociationRule> sorted;
    private final ComboBox<String> item = new ComboBox<>();
    private final ChoiceBox<RuleFilter.Side> side = new ChoiceBox<>();
    private final List<NumberField> ranges = new ArrayList<>();
    private final Label shown = new Label();
    private final ListChangeListener<AssociationRule> rulesListener = change -> count();
    private final ChangeListener<AssociationRule> selectedListener = (obs, old, rule) -> select(rule);
    private boolean selecting;

    BasketRulesPane(BasketResults results, TableExportService exports) {
        super(6);
        this.results = results;
        sorted = new SortedList<>(results.rules());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("basket-rules");
        table.getStyleClass().addAll("dense", "striped");
        columns();
        table.setPlaceholder(new Label(Messages.get("basket.page.noRules")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, rule) -> {
            if (!selecting && rule != null) {
                results.selectedProperty().set(rule);
            }
        });
        item.setItems(results.items());
        item.setEditable(true);
        item.setPrefWidth(150);
        item.valueProperty().bindBidirectional(results.filterItemProperty());
        side.getItems().setAll(RuleFilter.Side.values());
        side.setConverter(sideNames());
        side.valueProperty().bindBidirectional(results.filterSideProperty());
        FlowPane filters = new FlowPane(10, 4, BasketLayoutPane.labelled("basket.page.filterItem", item), side);
        for (RuleMetric metric : BasketResults.FILTERED) {
            NumberField min = new NumberField(results.minimum(metric), false, true, 55);
            NumberField max = new NumberField(results.maximum(metric), false, true, 55);
            ranges.add(min);
            ranges.add(max);
            filters.getChildren().add(BasketLayoutPane.labelled("basket.metric." + metric.name().toLowerCase(java.util.Locale.ROOT),
                    new javafx.scene.layout.HBox(3, min, new Label("–"), max)));
        }
        TableExportButton export = new TableExportButton(exports, () -> BasketTables.rules(List.copyOf(sorted)),
                () -> "rules", java.util.Set::of);
        shown.getStyleClass().add("text-muted");
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(10, export, shown);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(filters, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        results.rules().addListener(rulesListener);
        results.selectedProperty().addListener(selectedListener);
        count();
        select(results.selectedProperty().get());
    }

    void dispose() {
        results.rules().removeListener(rulesListener);
        results.selectedProperty().removeListener(selectedListener);
        sorted.comparatorProperty().unbind();
        item.valueProperty().unbindBidirectional(results.filterItemProperty());
        side.valueProperty().unbindBidirectional(results.filterSideProperty());
        ranges.forEach(NumberField::dispose);
        table.setItems(null);
        item.setItems(null);
    }

    private void count() {
        BasketAnalysis analysis = results.analysisProperty().get();
        shown.setText(analysis == null ? "" : Messages.get("basket.page.shown", results.rules().size(), analysis.rules().size()));
    }

    private void select(AssociationRule rule) {
        selecting = true;
        try {
            if (rule == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != rule) {
                table.getSelectionModel().select(rule);
                int row = table.getSelectionModel().getSelectedIndex();
                if (row >= 0) {
                    table.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            selecting = false;
        }
    }

    private void columns() {
        var antecedent = Tables.<AssociationRule>text(Messages.get("basket.col.antecedent"), rule -> String.join(", ", rule.antecedent()));
        var consequent = Tables.<AssociationRule>text(Messages.get("basket.col.consequent"), rule -> String.join(", ", rule.consequent()));
        antecedent.setPrefWidth(170);
        consequent.setPrefWidth(120);
        table.getColumns().add(antecedent);
        table.getColumns().add(consequent);
        table.getColumns().add(Tables.number(Messages.get("basket.metric.support"), AssociationRule::support, "%.4f"));
        table.getColumns().add(Tables.number(Messages.get("basket.metric.confidence"), AssociationRule::confidence, "%.3f"));
        table.getColumns().add(Tables.number(Messages.get("basket.metric.lift"), AssociationRule::lift, "%.2f"));
        table.getColumns().add(Tables.number(Messages.get("basket.col.leverage"), AssociationRule::leverage, "%.4f"));
        table.getColumns().add(Tables.number(Messages.get("basket.col.conviction"), AssociationRule::conviction, "%.2f"));
        table.getColumns().add(Tables.number(Messages.get("basket.col.count"), AssociationRule::count, "%,d"));
        table.getColumns().add(Tables.number(Messages.get("basket.col.length"), AssociationRule::length, "%d"));
        table.getColumns().subList(2, table.getColumns().size()).forEach(column -> column.setPrefWidth(66));
    }

    private static StringConverter<RuleFilter.Side> sideNames() {
        return new StringConverter<>() {
            @Override
            public String toString(RuleFilter.Side value) {
                return value == null ? "" : Messages.get("basket.page.side." + value.name());
            }

            @Override
            public RuleFilter.Side fromString(String text) {
                return null;
            }
        };
    }
}
