package org.marketingworkbench.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.workspace.InputSelection;
import org.marketingworkbench.ui.workspace.InputTable;

/**
 * "Data: [table]" — which open table a page analyses. The box never chooses "nothing": when the
 * open tables change while the page is shown, the combo box may clear its value; that is not
 * passed on, and the box shows the page's choice again.
 */
public final class InputChooser extends HBox {
    private final ComboBox<InputTable> box = new ComboBox<>();
    private final ChangeListener<InputTable> toPage;
    private final ChangeListener<InputTable> toBox;
    private final javafx.collections.ListChangeListener<InputTable> listChanged;
    private boolean listChanging;

    public InputChooser(InputSelection selection) {
        super(6);
        // added before the box's own listener: when a table is added or removed, the box keeps the
        // selected index and so shows another table; that is no choice of the user's
        listChanged = change -> {
            listChanging = true;
            javafx.application.Platform.runLater(() -> listChanging = false);
        };
        selection.choices().addListener(listChanged);
        box.setItems(selection.choices());
        box.setValue(selection.selectedProperty().get());
        toPage = (obs, old, value) -> {
            InputTable chosen = selection.selectedProperty().get();
            if (listChanging && chosen != null && box.getItems().contains(chosen)) {
                if (value != chosen) {
                    box.setValue(chosen);
                }
            } else if (value != null && value != chosen) {
                selection.selectedProperty().set(value);
            } else if (value == null && chosen != null) {
                box.setValue(chosen);
            }
        };
        toBox = (obs, old, value) -> box.setValue(value);
        box.valueProperty().addListener(toPage);
        selection.selectedProperty().addListener(toBox);
        box.setPromptText(Messages.get("input.none"));
        box.setPrefWidth(220);
        box.setId("input-chooser");
        Label label = new Label(Messages.get("input.label"));
        label.setLabelFor(box);
        getChildren().addAll(label, box);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Releases the listeners on the page's view-model. */
    public void dispose(InputSelection selection) {
        box.valueProperty().removeListener(toPage);
        selection.selectedProperty().removeListener(toBox);
        selection.choices().removeListener(listChanged);
        box.setItems(null);
    }
}
