package org.marketingworkbench.ui.predict;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.model.ParameterType;

/** The chosen model's parameters in a ControlsFX property sheet: numbers, choices and lists with translated labels. */
final class ParameterSheet extends PropertySheet {
    private final ModelChoice model;
    private final ListChangeListener<ParameterValue> parametersChanged = change -> rebuild();

    ParameterSheet(ModelChoice model) {
        this.model = model;
        setModeSwitcherVisible(false);
        setSearchBoxVisible(false);
        setMode(Mode.NAME);
        getStyleClass().add("predict-parameters");
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        setPropertyEditorFactory(item -> editorFor(item, defaults));
        model.parameters().addListener(parametersChanged);
        rebuild();
    }

    void dispose() {
        model.parameters().removeListener(parametersChanged);
    }

    private void rebuild() {
        getItems().setAll(model.parameters().stream().map(Item::new).toList());
    }

    private static PropertyEditor<?> editorFor(PropertySheet.Item item, DefaultPropertyEditorFactory defaults) {
        ParameterValue parameter = ((Item) item).parameter;
        return switch (parameter.spec().type()) {
            case CHOICE -> Editors.createChoiceEditor(item, parameter.spec().choices());
            case INTEGER_LIST -> Editors.createTextEditor(item);
            default -> defaults.call(item);
        };
    }

    /** Adapts one parameter: numbers are shown as numbers, everything is kept as text in the view-model. */
    private static final class Item implements PropertySheet.Item {
        private final ParameterValue parameter;

        Item(ParameterValue parameter) {
            this.parameter = parameter;
        }

        @Override
        public Class<?> getType() {
            return switch (parameter.spec().type()) {
                case INTEGER -> Integer.class;
                case DECIMAL -> Double.class;
                default -> String.class;
            };
        }

        @Override
        public String getCategory() {
            return Messages.get("predict.page.parameters");
        }

        @Override
        public String getName() {
            return parameter.spec().label();
        }

        @Override
        public String getDescription() {
            return parameter.spec().description();
        }

        @Override
        public Object getValue() {
            String text = parameter.textProperty().get();
            try {
                return switch (parameter.spec().type()) {
                    case INTEGER -> Integer.valueOf(text.trim());
                    case DECIMAL -> Double.valueOf(text.trim());
                    default -> text;
                };
            } catch (NumberFormatException e) {
                return parameter.spec().type() == ParameterType.INTEGER ? (Object) 0 : (Object) 0.0;
            }
        }

        @Override
        public void setValue(Object value) {
            parameter.textProperty().set(value == null ? "" : value.toString());
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(parameter.textProperty());
        }
    }
}
