package org.marketingworkbench.ui.shell;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;

/** The first page: open the sample data, import data, recent files, and the workflow at a glance. */
public final class WelcomeView implements PageView {
    private final ScrollPane root;
    private final ShellViewModel model;
    private final VBox recentList = new VBox(4);
    private final ListChangeListener<String> recentListener = change -> fillRecent();

    public WelcomeView(ShellViewModel model) {
        this.model = model;
        ImageView logo = new ImageView(new Image(WelcomeView.class.getResourceAsStream("/icons/app-128.png")));
        logo.setFitWidth(72);
        logo.setFitHeight(72);
        Label title = new Label(Messages.get("welcome.title"));
        title.getStyleClass().add("title-1");
        Label tagline = new Label(Messages.get("welcome.tagline"));
        tagline.getStyleClass().add("text-muted");
        tagline.setWrapText(true);
        VBox heading = new VBox(4, title, tagline);
        HBox header = new HBox(18, logo, heading);
        header.setAlignment(Pos.CENTER_LEFT);

        Button sample = action("welcome-sample", Feather.PLAY_CIRCLE, "welcome.sample", "welcome.sampleHint");
        sample.getStyleClass().add("accent");
        sample.setOnAction(event -> model.openSampleData());
        Button importData = action("welcome-import", Feather.FOLDER, "welcome.import", "welcome.importHint");
        importData.setOnAction(event -> model.importData());
        Hyperlink sampleProject = new Hyperlink(Messages.get("welcome.sampleProject"));
        sampleProject.setId("welcome-sample-project");
        sampleProject.setTooltip(new javafx.scene.control.Tooltip(Messages.get("welcome.sampleProjectHint")));
        sampleProject.setOnAction(event -> model.openSampleProject());
        VBox sampleActions = new VBox(4, withHint(sample, "welcome.sampleHint"), sampleProject);
        HBox actions = new HBox(24, sampleActions, withHint(importData, "welcome.importHint"));
        actions.setFillHeight(false);

        Label drop = new Label(Messages.get("welcome.drop"), new FontIcon(Feather.DOWNLOAD));
        drop.getStyleClass().add("drop-hint");
        drop.setMaxWidth(Double.MAX_VALUE);

        Label recentTitle = new Label(Messages.get("welcome.recent"));
        recentTitle.getStyleClass().add("title-4");
        model.recentFiles().addListener(recentListener);
        fillRecent();

        Label workflowTitle = new Label(Messages.get("welcome.workflow"));
        workflowTitle.getStyleClass().add("title-4");
        FlowPane workflow = new FlowPane(10, 10);
        for (Page page : Page.values()) {
            workflow.getChildren().add(pageTile(page));
        }

        VBox content = new VBox(22, header, actions, drop, new VBox(6, recentTitle, recentList),
                new VBox(8, workflowTitle, workflow));
        content.getStyleClass().add("welcome");
        content.setMaxWidth(980);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("welcome-page");
        root.getStyleClass().add("edge-to-edge");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        model.recentFiles().removeListener(recentListener);
    }

    private static Button action(String id, Ikon icon, String titleKey, String hintKey) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("welcome-action-icon");
        Button button = new Button(Messages.get(titleKey), graphic);
        button.setId(id);
        button.getStyleClass().add("welcome-action");
        button.setTooltip(new javafx.scene.control.Tooltip(Messages.get(hintKey)));
        return button;
    }

    private static Node withHint(Button button, String hintKey) {
        Label hint = new Label(Messages.get(hintKey));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setPrefWidth(330);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(8, button, hint);
    }

    private Node pageTile(Page page) {
        Label name = new Label(page.shortcutDigit() + "  " + Messages.get(page.key() + ".title"), new FontIcon(page.icon()));
        name.getStyleClass().add("text-bold");
        Label purpose = new Label(Messages.get(page.key() + ".short"));
        purpose.getStyleClass().add("text-muted");
        purpose.setWrapText(true);
        purpose.setPrefWidth(196);
        purpose.setMinHeight(Region.USE_PREF_SIZE);
        VBox tile = new VBox(4, name, purpose);
        tile.getStyleClass().add("page-tile");
        tile.setPrefWidth(220);
        tile.setOnMouseClicked(event -> model.pageProperty().set(page));
        return tile;
    }

    private void fillRecent() {
        recentList.getChildren().clear();
        if (model.recentFiles().isEmpty()) {
            Label none = new Label(Messages.get("welcome.noRecent"));
            none.getStyleClass().add("text-muted");
            recentList.getChildren().add(none);
            return;
        }
        for (String file : model.recentFiles()) {
            Hyperlink link = new Hyperlink(file);
            link.setMnemonicParsing(false);
            link.setOnAction(event -> model.openRecent(file));
            recentList.getChildren().add(link);
        }
    }
}
