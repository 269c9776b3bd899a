package org.marketingworkbench.ui.basket;

import java.util.Locale;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.TextField;

/**
 * A text field for one number of the view-model: the typed text is taken on Enter or when the
 * field loses focus; text that is not a number is put back. Empty means NaN where allowed.
 */
final class NumberField extends TextField {
    private final Property<Number> value;
    private final boolean whole;
    private final boolean emptyAllowed;
    private final ChangeListener<Number> shown = (obs, old, now) -> show();

    NumberField(Property<Number> value, boolean whole, boolean emptyAllowed, double width) {
        this.value = value;
        this.whole = whole;
        this.emptyAllowed = emptyAllowed;
        setPrefColumnCount(5);
        setPrefWidth(width);
        value.addListener(shown);
        setOnAction(event -> commit());
        focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                commit();
            }
        });
        show();
    }

    void dispose() {
        value.removeListener(shown);
    }

    private void commit() {
        String text = getText() == null ? "" : getText().strip().replace(",", "");
        if (text.isEmpty() && emptyAllowed) {
            value.setValue(Double.NaN);
            return;
        }
        try {
            double number = Double.parseDouble(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
            if (text.endsWith("%")) {
                number /= 100;
            }
            value.setValue(whole ? (Number) (int) Math.round(number) : (Number) number);
        } catch (NumberFormatException e) {
            show();
        }
    }

    private void show() {
        Number number = value.getValue();
        if (number == null || Double.isNaN(number.doubleValue())) {
            setText("");
        } else if (whole || number.doubleValue() == Math.rint(number.doubleValue()) && Math.abs(number.doubleValue()) >= 1) {
            setText(Long.toString(Math.round(number.doubleValue())));
        } else {
            setText(String.format(Locale.ROOT, "%s", number.doubleValue()));
        }
    }
}
