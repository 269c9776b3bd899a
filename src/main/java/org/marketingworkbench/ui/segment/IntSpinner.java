package org.marketingworkbench.ui.segment;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** An editable whole-number spinner that follows an integer property of the view-model both ways. */
final class IntSpinner extends Spinner<Integer> {

    IntSpinner(String id, int min, int max, IntegerProperty value, Subscriptions subscriptions) {
        super(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, value.get()))));
        setId(id);
        setEditable(true);
        setPrefWidth(96);
        // the view-model's property is the truth; the spinner copies it and writes back what the user sets
        subscriptions.onChange(value, (obs, old, number) -> getValueFactory().setValue(number.intValue()));
        getValueFactory().valueProperty().addListener((obs, old, number) -> {
            if (number != null && number != value.get()) {
                value.set(number);
            }
        });
    }
}
