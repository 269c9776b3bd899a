package org.marketingworkbench.ui.shell;

import java.io.File;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The main window's content: menu bar, workflow navigation, the page in the centre and the
 * status bar. Files dropped anywhere on it are opened.
 */
public final class ShellView {
    private final BorderPane root = new BorderPane();
    private final StackPane pageHost = new StackPane();
    private final ShellViewModel model;
    private final PageViews pages;
    private final MainMenuView menu;
    private final NavigationView navigation;
    private final StatusBarView statusBar;
    private final ChangeListener<Page> pageListener = (obs, old, page) -> showPage(page);
    private PageView current;

    public ShellView(ShellViewModel model, PageViews pages, ShellActions actions, Runnable quit) {
        this.model = model;
        this.pages = pages;
        menu = new MainMenuView(model, actions, quit);
        navigation = new NavigationView(model);
        statusBar = new StatusBarView(model);
        pageHost.getStyleClass().add("page-host");
        pageHost.setId("page-host");
        root.setTop(menu.node());
        root.setLeft(navigation.node());
        root.setCenter(pageHost);
        root.setBottom(statusBar.node());
        root.getStyleClass().add("workbench");
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        model.pageProperty().addListener(pageListener);
        showPage(model.pageProperty().get());
    }

    public Parent node() {
        return root;
    }

    /** Releases every listener on the view-models (before the language switch rebuilds the view). */
    public void dispose() {
        model.pageProperty().removeListener(pageListener);
        if (current != null) {
            current.dispose();
        }
        menu.dispose();
        navigation.dispose();
        statusBar.dispose();
    }

    private void showPage(Page page) {
        if (current != null) {
            current.dispose();
        }
        current = page == null ? pages.create(null) : pages.create(page);
        pageHost.getChildren().setAll(current.node());
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean hasFiles = event.getDragboard().hasFiles();
        if (hasFiles) {
            List<File> files = event.getDragboard().getFiles();
            model.openFiles(files.stream().map(File::toPath).toList());
        }
        event.setDropCompleted(hasFiles);
        event.consume();
    }
}
