package org.marketingworkbench.ui.predict;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.marketingworkbench.predict.model.ParameterSpec;

/** One model parameter as the property sheet edits it: its description and its value as text. */
public final class ParameterValue {
    private final ParameterSpec spec;
    private final StringProperty text;

    ParameterValue(ParameterSpec spec) {
        this.spec = spec;
        this.text = new SimpleStringProperty(this, spec.name(), spec.defaultValue());
    }

    public ParameterSpec spec() {
        return spec;
    }

    /** The value as text, checked when the model is trained (and on every change, for the banner). */
    public StringProperty textProperty() {
        return text;
    }
}
