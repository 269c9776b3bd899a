package org.marketingworkbench.ui.prepare;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.StepSummaries;

/**
 * An editable table of rows made of controls: the conditions of a filter, the fill rule of each
 * column, a recode's mapping table, the new names of columns. Rows can be added and removed;
 * rows left empty are ignored.
 */
final class RowsEditor extends VBox implements Fields.Field {
    private final List<String> names;
    private final List<Type> types;
    private final StepChoices choices;
    private final GridPane grid = new GridPane();
    private final List<Fields.Field[]> rows = new ArrayList<>();
    private final java.util.function.Function<Object[], Object> build;

    private RowsEditor(List<String> names, List<Type> types, StepChoices choices,
            java.util.function.Function<Object[], Object> build) {
        super(6);
        this.names = names;
        this.types = types;
        this.choices = choices;
        this.build = build;
        grid.setHgap(6);
        grid.setVgap(4);
        for (int column = 0; column < names.size(); column++) {
            Label header = new Label(StepSummaries.field(names.get(column)));
            header.getStyleClass().add("text-muted");
            grid.add(header, column, 0);
        }
        Button add = new Button(Messages.get("prepare.form.addRow"), new FontIcon(Feather.PLUS));
        add.getStyleClass().addAll("flat", "small");
        add.setOnAction(event -> addRow(new Object[names.size()]));
        getChildren().addAll(grid, add);
    }

    /** Rows of the nested record type, for example a filter's conditions. */
    static RowsEditor forRecords(Class<? extends Record> type, List<?> initial, StepChoices choices) {
        RecordComponent[] components = type.getRecordComponents();
        RowsEditor editor = new RowsEditor(java.util.Arrays.stream(components).map(RecordComponent::getName).toList(),
                java.util.Arrays.stream(components).map(RecordComponent::getGenericType).toList(), choices,
                values -> StepRecords.create(type, values));
        for (Object value : initial) {
            editor.addRow(java.util.Arrays.stream(components).map(component -> StepSummaries.read(component, value))
                    .toArray());
        }
        editor.addRowIfEmpty();
        return editor;
    }

    /** Rows of old name -> new name (renaming columns). */
    static RowsEditor forMap(Map<?, ?> initial, StepChoices choices) {
        RowsEditor editor = new RowsEditor(List.of("column", "newName"), List.of(String.class, String.class), choices,
                values -> values);
        if (initial != null) {
            initial.forEach((from, to) -> editor.addRow(new Object[] {from, to}));
        }
        editor.addRowIfEmpty();
        return editor;
    }

    private void addRowIfEmpty() {
        if (rows.isEmpty()) {
            addRow(new Object[names.size()]);
        }
    }

    private void addRow(Object[] values) {
        Fields.Field[] fields = new Fields.Field[names.size()];
        int line = rows.size() + 1;
        for (int column = 0; column < fields.length; column++) {
            fields[column] = Fields.create(names.get(column), types.get(column), values[column], choices);
            grid.add(fields[column].node(), column, line);
        }
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll("flat", "small");
        remove.setTooltip(new Tooltip(Messages.get("prepare.form.removeRow")));
        remove.setOnAction(event -> removeRow(fields));
        grid.add(remove, fields.length, line);
        GridPane.setValignment(remove, javafx.geometry.VPos.CENTER);
        rows.add(fields);
        grid.setAlignment(Pos.TOP_LEFT);
    }

    private void removeRow(Fields.Field[] fields) {
        List<Object[]> kept = new ArrayList<>();
        for (Fields.Field[] row : rows) {
            if (row != fields) {
                kept.add(java.util.Arrays.stream(row).map(Fields.Field::value).toArray());
            }
        }
        grid.getChildren().removeIf(node -> GridPane.getRowIndex(node) != null && GridPane.getRowIndex(node) > 0);
        rows.clear();
        kept.forEach(this::addRow);
        addRowIfEmpty();
    }

    @Override
    public Node node() {
        return this;
    }

    /** A list of records, or for renames a map of old name to new name. */
    @Override
    public Object value() {
        List<Object> records = new ArrayList<>();
        Map<Object, Object> pairs = new LinkedHashMap<>();
        for (Fields.Field[] row : rows) {
            Object[] values = java.util.Arrays.stream(row).map(Fields.Field::value).toArray();
            boolean empty = java.util.Arrays.stream(values).allMatch(value -> value == null
                    || value instanceof List<?> list && list.isEmpty() || value instanceof Enum<?>);
            if (empty) {
                continue;
            }
            Object built = build.apply(values);
            if (built instanceof Object[] pair) {
                pairs.put(Objects.toString(pair[0], ""), Objects.toString(pair[1], ""));
            } else {
                records.add(built);
            }
        }
        return types.size() == 2 && names.get(1).equals("newName") ? pairs : records;
    }
}
