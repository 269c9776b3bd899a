package org.marketingworkbench.ui.prepare;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.StepSummaries;

/**
 * One input control per step parameter, chosen by the parameter's type and name: a column list
 * for {@code column}, ticks for {@code columns}, a choice for options, a date picker for dates,
 * rows of controls for lists of conditions, fills or mappings.
 */
final class Fields {

    /** A control and the parameter value it holds. */
    interface Field {
        Node node();

        /** The value as the step record takes it; empty input gives null (the record's default). */
        Object value();
    }

    private Fields() {
    }

    static Field create(String name, Type type, Object initial, StepChoices choices) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return text(name, (String) initial, choices);
        }
        if (raw.isEnum()) {
            return option(raw.getEnumConstants(), initial);
        }
        if (raw == Boolean.class) {
            CheckBox box = new CheckBox();
            box.setSelected(Boolean.TRUE.equals(initial));
            return field(box, box::isSelected);
        }
        if (raw == Integer.class || raw == Double.class) {
            TextField field = new TextField(initial == null ? "" : StepSummaries.text(initial));
            field.setPrefColumnCount(6);
            return field(field, () -> number(field.getText(), raw == Integer.class));
        }
        if (raw == LocalDate.class) {
            DatePicker picker = new DatePicker((LocalDate) initial);
            return field(picker, picker::getValue);
        }
        if (raw == Map.class) {
            return RowsEditor.forMap((Map<?, ?>) initial, choices);
        }
        if (raw == List.class) {
            return list(name, raw(((ParameterizedType) type).getActualTypeArguments()[0]), (List<?>) initial, choices);
        }
        throw new IllegalArgumentException("no editor for " + name + " of " + type);
    }

    private static Field list(String name, Class<?> element, List<?> initial, StepChoices choices) {
        List<?> values = initial == null ? List.of() : initial;
        if (element == String.class && (name.equals("columns") || name.equals("sources"))) {
            return ticks(name.equals("columns") ? choices.columns() : choices.sources(), values);
        }
        if (element.isEnum()) {
            return ticks(Arrays.asList(element.getEnumConstants()), values);
        }
        if (element.isRecord()) {
            return RowsEditor.forRecords(element.asSubclass(Record.class), values, choices);
        }
        TextField field = new TextField(StepSummaries.text(values));
        field.setPromptText(Messages.get("prepare.form.commaSeparated"));
        return field(field, () -> Arrays.stream(field.getText().split("[,，]")).map(String::trim)
                .filter(part -> !part.isEmpty()).map(part -> element == Double.class ? number(part, false) : part)
                .toList());
    }

    private static Field text(String name, String initial, StepChoices choices) {
        List<String> offered = name.equals("source") ? choices.sources()
                : name.equals("rightKey") ? choices.otherColumns()
                : isColumn(name) ? choices.columns() : null;
        if (offered == null) {
            TextField field = new TextField(initial == null ? "" : initial);
            return field(field, () -> blankToNull(field.getText()));
        }
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(offered));
        box.setEditable(!name.equals("source"));
        box.setValue(initial);
        box.setPrefWidth(200);
        box.setMinWidth(140);
        return field(box, () -> blankToNull(box.isEditable() ? box.getEditor().getText() : box.getValue()));
    }

    private static boolean isColumn(String name) {
        return name.equals("column") || name.equals("leftKey") || (name.endsWith("Column") && !name.equals("newColumn"));
    }

    private static Field option(Object[] constants, Object initial) {
        ComboBox<Object> box = new ComboBox<>(FXCollections.observableArrayList(constants));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object value) {
                return value == null ? "" : StepSummaries.option((Enum<?>) value);
            }

            @Override
            public Object fromString(String text) {
                return null;
            }
        });
        box.setValue(initial);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return field(box, box::getValue);
    }

    private static Field ticks(List<?> offered, List<?> chosen) {
        Set<Object> items = new LinkedHashSet<>(offered);
        items.addAll(chosen);
        CheckListView<Object> list = new CheckListView<>(FXCollections.observableArrayList(items));
        list.setCellFactory(view -> new javafx.scene.control.cell.CheckBoxListCell<>(list::getItemBooleanProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(Object value) {
                        return value instanceof Enum<?> option ? StepSummaries.option(option) : String.valueOf(value);
                    }

                    @Override
                    public Object fromString(String text) {
                        return null;
                    }
                }));
        chosen.forEach(list.getCheckModel()::check);
        list.setPrefHeight(Math.min(200, 26 * items.size() + 6));
        return field(list, () -> new ArrayList<>(items.stream().filter(list.getCheckModel()::isChecked).toList()));
    }

    /** A number typed in the user's way (1,5 is refused, 1.5 and 1 500 are fine); empty gives null. */
    static Number number(String text, boolean whole) {
        String cleaned = text == null ? "" : text.replace(" ", "").replace("_", "").trim();
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            return whole ? Integer.valueOf(cleaned) : Double.valueOf(cleaned);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get(whole ? "prepare.form.notWhole" : "prepare.form.notNumber",
                    text), e);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static Field field(Node node, java.util.function.Supplier<Object> value) {
        return new Field() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public Object value() {
                return value.get();
            }
        };
    }

    static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }
}
