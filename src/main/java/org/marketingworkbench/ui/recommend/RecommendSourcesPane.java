package org.marketingworkbench.ui.recommend;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.recommend.ItemAttributeColumns;
import org.marketingworkbench.ui.workspace.InputTable;

/** Which columns hold customer, item, value and date, and which tables give item attributes and segments. */
final class RecommendSourcesPane extends TitledPane {
    private final RecommendViewModel model;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ListChangeListener<String> columnsListener = change -> refreshColumns();
    private final ObservableList<String> segmentColumns = FXCollections.observableArrayList();
    private final Label features = new Label();
    private final List<Runnable> undo = new ArrayList<>();

    RecommendSourcesPane(RecommendViewModel model) {
        this.model = model;
        setText(Messages.get("recommend.columns"));
        setExpanded(false);
        RecommendMapping mapping = model.mapping();
        FlowPane roles = new FlowPane(14, 8);
        roles.getChildren().addAll(column("user", mapping.userProperty(), columns),
                column("item", mapping.itemProperty(), columns), column("value", mapping.valueProperty(), columns),
                column("date", mapping.dateProperty(), columns));
        CheckBox explicit = new CheckBox(Messages.get("recommend.explicit"));
        explicit.selectedProperty().bindBidirectional(mapping.explicitProperty());
        undo.add(() -> explicit.selectedProperty().unbindBidirectional(mapping.explicitProperty()));
        roles.getChildren().add(explicit);

        ComboBox<InputTable> items = tableBox(model.attributes().selectedProperty(), "recommend-attributes");
        features.getStyleClass().add("text-muted");
        ComboBox<InputTable> segments = tableBox(model.segments().selectedProperty(), "recommend-segments");
        FlowPane sources = new FlowPane(14, 8, Labelled.pair("recommend.attributes", items), features,
                Labelled.pair("recommend.segments", segments),
                column("segments.column", model.segmentColumnProperty(), segmentColumns));
        setContent(new VBox(8, roles, sources));

        mapping.choices().addListener(columnsListener);
        refreshColumns();
        Runnable describe = () -> describe(model.attributeColumns().orElse(null));
        javafx.beans.InvalidationListener onItems = obs -> describe.run();
        model.attributes().selectedProperty().addListener(onItems);
        mapping.itemProperty().addListener(onItems);
        undo.add(() -> model.attributes().selectedProperty().removeListener(onItems));
        undo.add(() -> mapping.itemProperty().removeListener(onItems));
        describe.run();
        javafx.beans.InvalidationListener onSegments = obs -> refreshSegmentColumns();
        model.segments().selectedProperty().addListener(onSegments);
        undo.add(() -> model.segments().selectedProperty().removeListener(onSegments));
        refreshSegmentColumns();
    }

    void dispose() {
        model.mapping().choices().removeListener(columnsListener);
        undo.forEach(Runnable::run);
    }

    private Node column(String role, StringProperty property, ObservableList<String> choices) {
        ComboBox<String> box = new ComboBox<>(choices);
        box.setId("recommend-column-" + role.replace('.', '-'));
        box.setPrefWidth(150);
        follow(box, property);
        return Labelled.pair(labelKey(role), box);
    }

    private static String labelKey(String role) {
        return role.startsWith("segments") ? "recommend." + role : "recommend.column." + role;
    }

    private ComboBox<InputTable> tableBox(javafx.beans.property.ObjectProperty<InputTable> selected, String id) {
        ComboBox<InputTable> box = new ComboBox<>(model.input().choices());
        box.setId(id);
        box.setPrefWidth(180);
        box.setPromptText(Messages.get("input.none"));
        follow(box, selected);
        undo.add(() -> box.setItems(null));
        return box;
    }

    /**
     * Keeps box and property in step, except that a null from the box is ignored: a ComboBox
     * clears its value when its item list changes, which must not clear the page's choice.
     */
    private <T> void follow(ComboBox<T> box, javafx.beans.property.Property<T> property) {
        box.setValue(property.getValue());
        javafx.beans.value.ChangeListener<T> fromBox = (obs, old, value) -> {
            if (value != null) {
                property.setValue(value);
            }
        };
        javafx.beans.value.ChangeListener<T> toBox = (obs, old, value) -> box.setValue(value);
        // runs after the box's own reset, so the choice is shown again
        ListChangeListener<T> itemsChanged = change -> box.setValue(property.getValue());
        javafx.collections.ObservableList<T> items = box.getItems();
        box.valueProperty().addListener(fromBox);
        property.addListener(toBox);
        items.addListener(itemsChanged);
        undo.add(() -> {
            box.valueProperty().removeListener(fromBox);
            property.removeListener(toBox);
            items.removeListener(itemsChanged);
        });
    }

    private void describe(ItemAttributeColumns attributes) {
        if (attributes == null) {
            features.setText(Messages.get("recommend.attributes.none"));
            return;
        }
        List<String> parts = new ArrayList<>(attributes.categories());
        parts.addAll(attributes.numbers());
        attributes.tags().ifPresent(parts::add);
        features.setText(Messages.get("recommend.attributes.found", String.join(", ", parts)));
    }

    private void refreshColumns() {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(model.mapping().choices());
        columns.setAll(all);
    }

    private void refreshSegmentColumns() {
        InputTable table = model.segments().selectedProperty().get();
        List<String> all = new ArrayList<>();
        all.add("");
        if (table != null) {
            all.addAll(table.table().columnNames());
        }
        segmentColumns.setAll(all);
    }
}
