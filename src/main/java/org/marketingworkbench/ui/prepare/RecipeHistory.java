package org.marketingworkbench.ui.prepare;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.marketingworkbench.prepare.Recipe;

/**
 * Undo and redo of recipe edits. A recipe is a value, so the history simply keeps the recipes
 * before (undo) and after (redo) the current one; a new edit forgets what could be redone.
 */
final class RecipeHistory {
    /** Enough for a working session; the oldest edits go first. */
    private static final int LIMIT = 200;

    private final Deque<Recipe> undo = new ArrayDeque<>();
    private final Deque<Recipe> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Records that {@code before} was replaced by an edit. */
    void edited(Recipe before) {
        undo.push(before);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        refresh();
    }

    /** The recipe to go back to from {@code current}; call only when {@link #canUndoProperty()} holds. */
    Recipe undo(Recipe current) {
        redo.push(current);
        Recipe previous = undo.pop();
        refresh();
        return previous;
    }

    /** The recipe to go forward to from {@code current}; call only when {@link #canRedoProperty()} holds. */
    Recipe redo(Recipe current) {
        undo.push(current);
        Recipe next = redo.pop();
        refresh();
        return next;
    }

    /** Forgets every edit (a project was opened). */
    void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
