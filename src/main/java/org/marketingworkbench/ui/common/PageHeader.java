package org.marketingworkbench.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.marketingworkbench.i18n.Messages;

/** The top line of a page: its title on the left, the page's controls on the right. */
public final class PageHeader extends HBox {

    public PageHeader(String titleKey, Node... controls) {
        super(10);
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(title, spacer);
        getChildren().addAll(controls);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("page-toolbar");
    }
}
