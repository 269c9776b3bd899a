package org.marketingworkbench.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.workspace.InputSelection;
import org.marketingworkbench.ui.workspace.InputTable;

/** "Data: [table]" — which open table a page analyses. */
public final class InputChooser extends HBox {
    private final ComboBox<InputTable> box = new ComboBox<>();

    public InputChooser(InputSelection selection) {
        super(6);
        box.setItems(selection.choices());
        box.valueProperty().bindBidirectional(selection.selectedProperty());
        box.setPromptText(Messages.get("input.none"));
        box.setPrefWidth(220);
        box.setId("input-chooser");
        Label label = new Label(Messages.get("input.label"));
        label.setLabelFor(box);
        getChildren().addAll(label, box);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Releases the binding to the page's view-model. */
    public void dispose(InputSelection selection) {
        box.valueProperty().unbindBidirectional(selection.selectedProperty());
        box.setItems(null);
    }
}
