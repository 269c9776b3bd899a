package org.marketingworkbench.ui.shell;

import javafx.scene.Node;

/**
 * A page's view. The shell builds it when the page is shown and disposes of it when the page
 * is left or the language changes, so the view releases the listeners it holds on its
 * view-model (the view-model, and with it the page's state, lives on).
 */
public interface PageView {

    Node node();

    /** Releases listeners and bindings on longer-lived objects. */
    default void dispose() {
    }
}
