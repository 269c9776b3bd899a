package org.marketingworkbench.ui.shell;

import javafx.beans.binding.BooleanExpression;

/**
 * Menu commands that belong to features outside the shell (projects, the preparation recipe's
 * undo). The composition root wires them; until a feature is present its items stay disabled.
 */
public interface ShellActions {

    BooleanExpression projectsAvailable();

    void openProject();

    void saveProject();

    void saveProjectAs();

    void exportAll();

    BooleanExpression canUndo();

    BooleanExpression canRedo();

    void undo();

    void redo();
}
