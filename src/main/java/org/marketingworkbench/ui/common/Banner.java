package org.marketingworkbench.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A one-line notice that shows itself while its text is not empty (what keeps a page from working, and what to do). */
public final class Banner extends Label {

    public Banner(ObservableStringValue text) {
        super(null, new FontIcon(Feather.ALERT_TRIANGLE));
        textProperty().bind(text);
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        getStyleClass().add("banner");
    }

    public void dispose() {
        textProperty().unbind();
    }
}
