package org.marketingworkbench.ui.workspace;

import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A page's choice of input table. It follows the workspace: a reloaded table replaces the
 * chosen one of the same name, and until the user chooses, the first input that suits the
 * page (the prepared data, or for example a table that looks like campaign results) is taken.
 */
public final class InputSelection {
    private final WorkspaceViewModel workspace;
    private final Predicate<InputTable> suits;
    /** Any set from outside is a choice, also of the table already shown (a project naming the input the page guessed). */
    private final ObjectProperty<InputTable> selected = new SimpleObjectProperty<>(this, "selected") {
        @Override
        public void set(InputTable value) {
            if (!updating && value != null) {
                chosenByUser = true;
            }
            super.set(value);
        }
    };
    private boolean chosenByUser;
    private boolean updating;

    public InputSelection(WorkspaceViewModel workspace, Predicate<InputTable> suits) {
        this.workspace = workspace;
        this.suits = suits;
        workspace.inputs().addListener((ListChangeListener<InputTable>) change -> follow());
        follow();
    }

    public ObservableList<InputTable> choices() {
        return workspace.inputs();
    }

    /** The chosen input, or null while nothing suitable is open. */
    public ObjectProperty<InputTable> selectedProperty() {
        return selected;
    }

    private void follow() {
        InputTable current = selected.get();
        InputTable next = null;
        if (current != null && chosenByUser) {
            next = workspace.inputs().stream().filter(input -> input.label().equals(current.label())).findFirst()
                    .orElse(null);
        }
        if (next == null) {
            next = workspace.inputs().stream().filter(suits).findFirst().orElse(null);
            chosenByUser = false;
        }
        if (next != current) {
            updating = true;
            selected.set(next);
            updating = false;
        }
    }
}
