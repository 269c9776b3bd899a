package org.marketingworkbench.ui.shell;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.i18n.Language;
import org.marketingworkbench.ui.theme.Theme;

/** The menu bar: File, Edit, View, Help, with the application's keyboard shortcuts. */
final class MainMenuView {
    private final MenuBar bar = new MenuBar();
    private final ShellViewModel model;
    private final Menu recent = new Menu(Messages.get("menu.file.recent"));
    private final Menu recentProjects = new Menu(Messages.get("menu.file.recentProjects"));
    private final ListChangeListener<String> recentListener = change -> fillRecent();
    private final Runnable quit;

    MainMenuView(ShellViewModel model, ShellActions actions, Runnable quit) {
        this.model = model;
        this.quit = quit;
        bar.setId("menu-bar");
        bar.getMenus().addAll(fileMenu(actions), editMenu(actions), viewMenu(), helpMenu());
        model.recentFiles().addListener(recentListener);
        model.recentProjects().addListener(recentListener);
        fillRecent();
    }

    MenuBar node() {
        return bar;
    }

    void dispose() {
        model.recentFiles().removeListener(recentListener);
        model.recentProjects().removeListener(recentListener);
    }

    private Menu fileMenu(ShellActions actions) {
        MenuItem open = item("menu.file.open", Feather.FOLDER, KeyCode.O, model::importData);
        MenuItem sample = item("menu.file.sample", Feather.PLAY_CIRCLE, null, model::openSampleData);
        MenuItem openProject = item("menu.file.openProject", null, null, actions::openProject);
        MenuItem save = item("menu.file.save", Feather.SAVE, KeyCode.S, actions::saveProject);
        MenuItem saveAs = item("menu.file.saveAs", null, null, actions::saveProjectAs);
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem exportAll = item("menu.file.exportAll", Feather.DOWNLOAD, null, actions::exportAll);
        openProject.disableProperty().bind(actions.projectsAvailable().not());
        save.disableProperty().bind(actions.projectsAvailable().not());
        saveAs.disableProperty().bind(actions.projectsAvailable().not());
        exportAll.disableProperty().bind(actions.projectsAvailable().not());
        MenuItem exit = item("menu.file.quit", null, KeyCode.Q, quit);
        return menu("menu.file", open, sample, recent, new SeparatorMenuItem(), openProject, recentProjects, save, saveAs,
                new SeparatorMenuItem(), exportAll, new SeparatorMenuItem(), exit);
    }

    private Menu editMenu(ShellActions actions) {
        MenuItem undo = item("menu.edit.undo", Feather.ROTATE_CCW, KeyCode.Z, actions::undo);
        MenuItem redo = item("menu.edit.redo", Feather.ROTATE_CW, KeyCode.Y, actions::redo);
        undo.disableProperty().bind(actions.canUndo().not());
        redo.disableProperty().bind(actions.canRedo().not());
        return menu("menu.edit", undo, redo);
    }

    private Menu viewMenu() {
        Menu view = menu("menu.view");
        view.getItems().add(item("nav.home", Feather.HOME, KeyCode.DIGIT0, model::showWelcome));
        for (Page page : Page.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + page.shortcutDigit());
            MenuItem item = item(page.key() + ".title", page.icon(), digit, () -> model.pageProperty().set(page));
            item.setId("menu-page-" + page.name().toLowerCase(java.util.Locale.ROOT));
            view.getItems().add(item);
        }
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.view.dark"));
        dark.setId("menu-dark");
        dark.setSelected(model.themeProperty().get() == Theme.DARK);
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.setOnAction(event -> model.setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        Menu language = menu("menu.view.language");
        ToggleGroup languages = new ToggleGroup();
        for (Language choice : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get("language." + choice.tag()));
            item.setId("menu-language-" + choice.tag());
            item.setToggleGroup(languages);
            item.setSelected(model.languageProperty().get() == choice);
            item.setOnAction(event -> model.setLanguage(choice));
            language.getItems().add(item);
        }
        view.getItems().addAll(new SeparatorMenuItem(), dark, language);
        return view;
    }

    private Menu helpMenu() {
        MenuItem help = item("menu.help.help", Feather.HELP_CIRCLE, null, model::showHelp);
        help.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        MenuItem about = item("menu.help.about", null, null, () -> model.showAbout());
        return menu("menu.help", help, about);
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (String file : model.recentFiles()) {
            MenuItem item = new MenuItem(file);
            item.setMnemonicParsing(false);
            item.setOnAction(event -> model.openRecent(file));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
        recentProjects.getItems().clear();
        for (String file : model.recentProjects()) {
            MenuItem item = new MenuItem(file);
            item.setMnemonicParsing(false);
            item.setOnAction(event -> model.openRecentProject(file));
            recentProjects.getItems().add(item);
        }
        recentProjects.setDisable(recentProjects.getItems().isEmpty());
    }

    private static Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(Messages.get(key));
        menu.setId(key.replace('.', '-'));
        menu.getItems().addAll(items);
        return menu;
    }

    private static MenuItem item(String key, org.kordamp.ikonli.Ikon icon, KeyCode shortcut, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(key.replace('.', '-'));
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        if (shortcut != null) {
            item.setAccelerator(new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
