package org.marketingworkbench.ui.explore;

import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.marketingworkbench.i18n.Messages;

/** A column chooser bound to a view-model property; optionally with "(none)" first, which stands for the empty name. */
final class ColumnBox extends ComboBox<String> {
    private final ObservableList<String> source;
    private final StringProperty target;
    private final ListChangeListener<String> sourceListener;

    ColumnBox(String id, ObservableList<String> columns, StringProperty target, boolean noneAllowed) {
        this.source = columns;
        this.target = target;
        ObservableList<String> items = FXCollections.observableArrayList();
        sourceListener = change -> fill(items, noneAllowed);
        fill(items, noneAllowed);
        columns.addListener(sourceListener);
        setItems(items);
        valueProperty().bindBidirectional(target);
        setId(id);
        setPrefWidth(150);
        setVisibleRowCount(16);
        String none = Messages.get("explore.none");
        setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null || name.isEmpty() ? none : name;
            }

            @Override
            public String fromString(String text) {
                return none.equals(text) ? "" : text;
            }
        });
    }

    void dispose() {
        source.removeListener(sourceListener);
        valueProperty().unbindBidirectional(target);
    }

    private void fill(ObservableList<String> items, boolean noneAllowed) {
        String current = target.get();
        if (noneAllowed) {
            items.setAll(source);
            items.add(0, "");
        } else {
            items.setAll(source);
        }
        // the choice survives a refill (ComboBox may clear a value while its items change)
        if (current != null && !current.equals(getValue())) {
            setValue(current);
        }
    }
}
