package org.marketingworkbench.ui.recommend;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.marketingworkbench.i18n.Messages;

/** A control with its translated label in front, the label pointing at the control for screen readers. */
final class Labelled {

    private Labelled() {
    }

    static HBox pair(String key, Node control) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(control);
        HBox pair = new HBox(6, label, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }
}
