package org.marketingworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.shell.Page;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headless: every page, both languages, both themes. */
class MainWindowTest extends FxRobot {
    private static Stage stage;
    private static Application application;
    private static Locale saved;

    @BeforeAll
    static void openWindow() throws Exception {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        stage = FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupStage(Stage::requestFocus);
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(application);
        Locale.setDefault(saved);
    }

    @Test
    void visitsEveryPageSwitchesLanguageAndTheme() {
        assertThat(lookup("#welcome-page").tryQuery()).isPresent();

        for (Page page : Page.values()) {
            clickOn("#nav-" + page.name().toLowerCase(Locale.ROOT));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(selectedPage()).isEqualTo(page);
            assertThat(pageHostShows(Messages.get(Locale.ENGLISH, page.key() + ".title"))).isTrue();
        }

        press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#welcome-page").tryQuery()).isPresent();

        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedPage()).isEqualTo(Page.SEGMENTS);

        clickOn("#menu-view").clickOn("#menu-view-language").clickOn("#menu-language-zh-CN");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("营销分析工作台");
        assertThat(selectedPage()).as("the page survives the language switch").isEqualTo(Page.SEGMENTS);
        assertThat(pageHostShows("细分")).isTrue();

        clickOn("#menu-view").clickOn("#menu-view-language").clickOn("#menu-language-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Marketing Workbench");

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-dark");
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("dark");

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-light");
    }

    @SuppressWarnings("unchecked")
    private Page selectedPage() {
        ListView<Page> navigation = lookup("#navigation").queryAs(ListView.class);
        return navigation.getSelectionModel().getSelectedItem();
    }

    private boolean pageHostShows(String text) {
        Node host = lookup("#page-host").query();
        return from(host).lookup((Label label) -> text.equals(label.getText())).tryQuery().isPresent();
    }
}
