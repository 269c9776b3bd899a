package org.marketingworkbench.ui.basket;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.marketingworkbench.basket.BasketInput;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.workspace.InputSelection;
import org.marketingworkbench.ui.workspace.InputTable;

/** "Layout": order lines, one basket per row or a 0/1 matrix, its columns, and an optional item to category table. */
final class BasketLayoutPane extends TitledPane {
    private final BasketMapping mapping;
    private final ComboBox<BasketInput.Kind> kind = new ComboBox<>();
    private final ComboBox<String> basket = new ComboBox<>();
    private final ComboBox<String> item = new ComboBox<>();
    private final ComboBox<String> customer = new ComboBox<>();
    private final TextField separator = new TextField();
    private final ComboBox<InputTable> categorySource = new ComboBox<>();
    private final ComboBox<String> categoryFrom = new ComboBox<>();
    private final ComboBox<String> categoryTo = new ComboBox<>();

    BasketLayoutPane(BasketMapping mapping, InputSelection input) {
        this.mapping = mapping;
        setText(Messages.get("basket.page.layout"));
        setId("basket-layout");
        kind.getItems().setAll(BasketInput.Kind.values());
        kind.setConverter(converter());
        kind.valueProperty().bindBidirectional(mapping.kindProperty());
        for (ComboBox<String> box : java.util.List.of(basket, item, customer)) {
            box.setItems(mapping.choices());
            box.setPrefWidth(140);
        }
        basket.valueProperty().bindBidirectional(mapping.basketProperty());
        item.valueProperty().bindBidirectional(mapping.itemProperty());
        customer.valueProperty().bindBidirectional(mapping.customerProperty());
        separator.setPrefColumnCount(3);
        separator.textProperty().bindBidirectional(mapping.separatorProperty());
        categorySource.setItems(input.choices());
        categorySource.valueProperty().bindBidirectional(mapping.categorySourceProperty());
        categorySource.setPrefWidth(160);
        categoryFrom.setItems(mapping.categoryColumns());
        categoryTo.setItems(mapping.categoryColumns());
        categoryFrom.valueProperty().bindBidirectional(mapping.categoryFromProperty());
        categoryTo.valueProperty().bindBidirectional(mapping.categoryToProperty());

        HBox orders = row(labelled("basket.page.basketColumn", basket), labelled("basket.page.itemColumn", item),
                labelled("basket.page.customerColumn", customer));
        HBox rows = row(labelled("basket.page.separator", separator));
        orders.visibleProperty().bind(mapping.kindProperty().isEqualTo(BasketInput.Kind.ORDER_LINES));
        rows.visibleProperty().bind(mapping.kindProperty().isEqualTo(BasketInput.Kind.BASKET_ROWS));
        orders.managedProperty().bind(orders.visibleProperty());
        rows.managedProperty().bind(rows.visibleProperty());
        HBox categories = row(labelled("basket.page.category", categorySource),
                labelled("basket.page.categoryFrom", categoryFrom), labelled("basket.page.categoryTo", categoryTo));
        categoryFrom.disableProperty().bind(Bindings.isNull(categorySource.valueProperty()));
        categoryTo.disableProperty().bind(Bindings.isNull(categorySource.valueProperty()));
        FlowPane content = new FlowPane(16, 6, kind, orders, rows, categories);
        setContent(content);
        setExpanded(false);
    }

    void dispose() {
        kind.valueProperty().unbindBidirectional(mapping.kindProperty());
        basket.valueProperty().unbindBidirectional(mapping.basketProperty());
        item.valueProperty().unbindBidirectional(mapping.itemProperty());
        customer.valueProperty().unbindBidirectional(mapping.customerProperty());
        separator.textProperty().unbindBidirectional(mapping.separatorProperty());
        categorySource.valueProperty().unbindBidirectional(mapping.categorySourceProperty());
        categoryFrom.valueProperty().unbindBidirectional(mapping.categoryFromProperty());
        categoryTo.valueProperty().unbindBidirectional(mapping.categoryToProperty());
        for (ComboBox<?> box : java.util.List.of(basket, item, customer, categorySource, categoryFrom, categoryTo)) {
            box.setItems(null);
        }
    }

    static HBox labelled(String key, javafx.scene.Node control) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(control);
        HBox box = new HBox(4, label, control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox box = new HBox(12, nodes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static StringConverter<BasketInput.Kind> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(BasketInput.Kind value) {
                return value == null ? "" : Messages.get("basket.page.kind." + value.name());
            }

            @Override
            public BasketInput.Kind fromString(String text) {
                return null;
            }
        };
    }
}
