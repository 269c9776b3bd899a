package org.marketingworkbench.ui.basket;

import java.util.List;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.marketingworkbench.basket.BasketAnalysis;
import org.marketingworkbench.basket.BasketCharts;
import org.marketingworkbench.basket.BasketTables;
import org.marketingworkbench.basket.CrossSell;
import org.marketingworkbench.basket.FrequentItemset;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.Tables;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.table.TableExportButton;

/** The smaller result panes: itemsets, top items, bought together, and the cross-sell list. */
final class BasketSidePanes {
    private final BasketResults results;
    private final ChartPane topItems;
    private final ComboBox<String> companionOf = new ComboBox<>();
    private final Label targetNote = new Label();
    private final ChangeListener<BasketAnalysis> analysisListener = (obs, old, analysis) -> showTopItems(analysis);
    private final VBox itemsets;
    private final VBox together;
    private final VBox crossSell;

    /** @param personal the cross-sell list's columns to pseudonymise on export */
    BasketSidePanes(BasketResults results, ViewServices services, java.util.function.Supplier<Set<String>> personal) {
        this.results = results;
        topItems = new ChartPane(services.charts(), services.theme());
        topItems.setId("basket-top-items");
        itemsets = itemsets(services);
        companionOf.setItems(results.items());
        companionOf.setEditable(true);
        companionOf.valueProperty().bindBidirectional(results.companionOfProperty());
        TableView<BasketAnalysis.Companion> companions = new TableView<>(results.companions());
        companions.getStyleClass().addAll("dense", "striped");
        companions.getColumns().add(Tables.text(Messages.get("basket.col.item"), BasketAnalysis.Companion::item));
        companions.getColumns().add(Tables.number(Messages.get("basket.col.count"), BasketAnalysis.Companion::count, "%,d"));
        companions.getColumns().add(Tables.number(Messages.get("basket.metric.confidence"), BasketAnalysis.Companion::confidence, "%.3f"));
        companions.getColumns().add(Tables.number(Messages.get("basket.metric.lift"), BasketAnalysis.Companion::lift, "%.2f"));
        companions.getColumns().get(0).setPrefWidth(200);
        together = box(BasketLayoutPane.labelled("basket.page.boughtWith", companionOf), companions);

        targetNote.textProperty().bind(results.targetNoteProperty());
        targetNote.setWrapText(true);
        TableView<CrossSell.Target> targets = new TableView<>(results.targets());
        targets.setId("basket-cross-sell");
        targets.getStyleClass().addAll("dense", "striped");
        targets.getColumns().add(Tables.text(Messages.get("basket.col.customer"), CrossSell.Target::customer));
        targets.getColumns().add(Tables.number(Messages.get("basket.col.basketsWithAntecedent"),
                CrossSell.Target::basketsWithAntecedent, "%,d"));
        targets.getColumns().add(Tables.text(Messages.get("basket.col.missing"), t -> String.join(", ", t.missing())));
        TableExportButton export = new TableExportButton(services.tables(),
                () -> BasketTables.crossSell(List.copyOf(results.targets())), () -> "cross-sell",
                personal);
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(results.targets()));
        crossSell = box(new HBox(10, export, targetNote), targets);
        results.analysisProperty().addListener(analysisListener);
        showTopItems(results.analysisProperty().get());
    }

    VBox itemsets() {
        return itemsets;
    }

    ChartPane topItems() {
        return topItems;
    }

    VBox together() {
        return together;
    }

    VBox crossSell() {
        return crossSell;
    }

    void dispose() {
        results.analysisProperty().removeListener(analysisListener);
        companionOf.valueProperty().unbindBidirectional(results.companionOfProperty());
        targetNote.textProperty().unbind();
        topItems.dispose();
    }

    private void showTopItems(BasketAnalysis analysis) {
        topItems.setChart(analysis == null ? null : style -> BasketCharts.topItems(analysis, style), "top-items");
    }

    private VBox itemsets(ViewServices services) {
        TableView<FrequentItemset> table = new TableView<>(results.itemsets());
        table.setId("basket-itemsets");
        table.getStyleClass().addAll("dense", "striped");
        var items = Tables.<FrequentItemset>text(Messages.get("basket.col.itemset"), set -> String.join(", ", set.items()));
        items.setPrefWidth(320);
        table.getColumns().add(items);
        table.getColumns().add(Tables.number(Messages.get("basket.col.length"), FrequentItemset::length, "%d"));
        table.getColumns().add(Tables.number(Messages.get("basket.col.count"), FrequentItemset::count, "%,d"));
        table.getColumns().add(Tables.number(Messages.get("basket.metric.support"), FrequentItemset::support, "%.4f"));
        TableExportButton export = new TableExportButton(services.tables(),
                () -> BasketTables.itemsets(List.copyOf(results.itemsets())), () -> "itemsets", Set::of);
        return box(export, table);
    }

    private static VBox box(javafx.scene.Node top, javafx.scene.Node table) {
        VBox box = new VBox(6, top, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
