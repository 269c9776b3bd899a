package org.marketingworkbench.ui.shell;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;

/** The left workflow list: Home, then the pages in order, with icons and shortcuts. */
final class NavigationView {
    private final VBox root;
    private final ShellViewModel model;
    private final ListView<Page> list = new ListView<>();
    private final ChangeListener<Page> pageListener;
    private boolean updating;

    NavigationView(ShellViewModel model) {
        this.model = model;
        Button home = new Button(Messages.get("nav.home"), new FontIcon(Feather.HOME));
        home.getStyleClass().add("nav-home");
        home.setMaxWidth(Double.MAX_VALUE);
        home.setOnAction(event -> model.showWelcome());
        home.setId("nav-home");

        list.getItems().setAll(Page.values());
        list.setId("navigation");
        list.getStyleClass().add("navigation");
        list.setCellFactory(view -> new PageCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, page) -> {
            if (!updating && page != null) {
                model.pageProperty().set(page);
            }
        });
        pageListener = (obs, old, page) -> select(page);
        model.pageProperty().addListener(pageListener);
        select(model.pageProperty().get());

        Label workflow = new Label(Messages.get("nav.workflow"));
        workflow.getStyleClass().add("nav-caption");
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(8, home, workflow, list);
        root.getStyleClass().add("nav-pane");
        root.setMinWidth(Region.USE_PREF_SIZE);
    }

    Node node() {
        return root;
    }

    void dispose() {
        model.pageProperty().removeListener(pageListener);
    }

    private void select(Page page) {
        updating = true;
        if (page == null) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(page);
        }
        updating = false;
    }

    private static final class PageCell extends ListCell<Page> {
        @Override
        protected void updateItem(Page page, boolean empty) {
            super.updateItem(page, empty);
            if (empty || page == null) {
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            setText(Messages.get(page.key() + ".title"));
            FontIcon icon = new FontIcon(page.icon());
            icon.getStyleClass().add("nav-icon");
            setGraphic(icon);
            setContentDisplay(ContentDisplay.LEFT);
            setId("nav-" + page.name().toLowerCase(java.util.Locale.ROOT));
            setAccessibleText(Messages.get(page.key() + ".title"));
        }
    }
}
