package org.marketingworkbench.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;

/** A page that is not built yet says so plainly, and what it will do. */
public final class PlaceholderView implements PageView {
    private final VBox root;

    public PlaceholderView(Page page) {
        FontIcon icon = new FontIcon(page.icon());
        icon.getStyleClass().add("placeholder-icon");
        Label title = new Label(Messages.get(page.key() + ".title"));
        title.getStyleClass().add("title-2");
        Label notYet = new Label(Messages.get("page.notBuiltYet"));
        notYet.getStyleClass().add("text-muted");
        Label purpose = new Label(Messages.get(page.key() + ".purpose"));
        purpose.setWrapText(true);
        purpose.setMaxWidth(560);
        root = new VBox(12, icon, title, purpose, notYet);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("placeholder-page");
    }

    @Override
    public Node node() {
        return root;
    }
}
