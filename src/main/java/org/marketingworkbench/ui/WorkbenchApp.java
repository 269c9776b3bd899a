package org.marketingworkbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.marketingworkbench.cli.WorkbenchCommand.WindowOptions;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.project.ProjectStore;
import org.marketingworkbench.project.RecoveryStore;
import org.marketingworkbench.settings.Settings;
import org.marketingworkbench.settings.SettingsStore;
import org.marketingworkbench.ui.debug.StallMonitor;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.dialog.FxDialogService;
import org.marketingworkbench.ui.i18n.Language;
import org.marketingworkbench.ui.shell.Page;
import org.marketingworkbench.ui.shell.ShellView;
import org.marketingworkbench.ui.shell.ShellViewModel;
import org.marketingworkbench.ui.task.FxTaskExecutor;
import org.marketingworkbench.ui.task.TaskMonitor;
import org.marketingworkbench.ui.theme.Theme;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application and the composition root: it creates every service and view-model once. */
public final class WorkbenchApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
    private static final String SAMPLE = "--sample";
    private static final String DEBUG = "--debug";
    private static final String STARTED = "--started-nanos=";
    private static final String PAGE = "--page=";
    private static final String THEME = "--theme=";
    private static final String LANGUAGE = "--language=";

    private Stage stage;
    private ShellViewModel shell;
    private ShellView view;
    private WorkbenchPages pages;
    private FxTaskExecutor executor;
    private StallMonitor stallMonitor;
    private javafx.animation.Timeline autosave;

    /** Opens the window and returns when it is closed. */
    public static void open(WindowOptions options, long startNanos) {
        List<String> args = new ArrayList<>();
        if (options.sample()) {
            args.add(SAMPLE);
        }
        if (options.debug()) {
            args.add(DEBUG);
        }
        args.add(STARTED + startNanos);
        if (options.page() != null) {
            args.add(PAGE + options.page());
        }
        if (options.theme() != null) {
            args.add(THEME + options.theme());
        }
        if (options.language() != null) {
            args.add(LANGUAGE + options.language());
        }
        options.files().forEach(file -> args.add(file.toString()));
        Application.launch(WorkbenchApp.class, args.toArray(String[]::new));
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        List<String> args = getParameters().getRaw();
        boolean debug = args.contains(DEBUG) || Boolean.getBoolean("mwb.debug");

        SettingsStore store = new SettingsStore(SettingsStore.defaultFolder());
        Settings settings = store.load();
        TaskMonitor monitor = new TaskMonitor();
        ShellViewModel[] shellRef = new ShellViewModel[1];
        FxDialogService dialogs = new FxDialogService(stage, message -> shellRef[0].showStatus(message));
        executor = new FxTaskExecutor(monitor, (title, error) ->
                dialogs.showError(Messages.get("error.taskFailed", title), ErrorText.of(error), error));
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, dialogs);
        shell = new ShellViewModel(store, settings, dialogs, workspace, monitor);
        value(args, THEME).ifPresent(theme -> shell.setTheme(Theme.fromId(theme)));
        value(args, LANGUAGE).ifPresent(tag -> shell.setLanguage(Language.fromSettings(tag, java.util.Locale.getDefault())));
        shellRef[0] = shell;
        pages = new WorkbenchPages(shell, executor, dialogs, new RecoveryStore(store.folder()));
        installUncaughtExceptionHandler(dialogs);

        applyTheme(shell.themeProperty().get());
        shell.themeProperty().addListener((obs, old, theme) -> applyTheme(theme));
        shell.languageProperty().addListener((obs, old, language) -> rebuild());

        view = newShellView();
        Scene scene = new Scene(view.node());
        scene.getStylesheets().add(WorkbenchApp.class.getResource("/css/workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new Image(WorkbenchApp.class.getResourceAsStream("/icons/app-" + size + ".png")));
        }
        place(settings);
        stage.setOnCloseRequest(event -> saveWindow());
        stage.show();
        warmUpTablesawAfterFirstPulse(scene);
        stage.requestFocus();
        updateThemeClass(shell.themeProperty().get());
        logStartup(args, debug);
        if (debug) {
            stallMonitor = new StallMonitor(50);
            stallMonitor.start();
        }
        openRequested(args);
        pages.projects().offerRecovery();
        startAutosave();
    }

    /** Writes the recovery copy every few minutes, offered after a crash. */
    private void startAutosave() {
        autosave = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(RecoveryStore.INTERVAL.toMillis()), event -> pages.projects().autosave()));
        autosave.setCycleCount(javafx.animation.Animation.INDEFINITE);
        autosave.play();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        if (stallMonitor != null) {
            stallMonitor.stop();
        }
        if (autosave != null) {
            autosave.stop();
        }
    }

    private ShellView newShellView() {
        return new ShellView(shell, pages, pages.actions(), () -> {
            saveWindow();
            Platform.exit();
        });
    }

    /** The language changed: every view is rebuilt from the view-models, which keep the state. */
    private void rebuild() {
        view.dispose();
        view = newShellView();
        stage.getScene().setRoot(view.node());
        stage.setTitle(Messages.get("app.title"));
        updateThemeClass(shell.themeProperty().get());
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        if (stage.getScene() != null) {
            updateThemeClass(theme);
        }
    }

    private void updateThemeClass(Theme theme) {
        var styles = stage.getScene().getRoot().getStyleClass();
        styles.removeAll("theme-light", "theme-dark");
        styles.add("theme-" + theme.id());
    }

    private void place(Settings settings) {
        stage.setWidth(Math.max(900, settings.windowWidth()));
        stage.setHeight(Math.max(600, settings.windowHeight()));
        double x = settings.windowX();
        double y = settings.windowY();
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.maximized());
    }

    private void saveWindow() {
        shell.tasks().cancelAll();
        shell.saveWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    private void openRequested(List<String> args) {
        List<Path> files = args.stream().filter(arg -> !arg.startsWith("--")).map(Path::of)
                .filter(file -> !file.toString().endsWith(ProjectStore.EXTENSION)).toList();
        args.stream().filter(arg -> arg.endsWith(ProjectStore.EXTENSION)).map(Path::of).findFirst()
                .ifPresent(project -> pages.projects().open(project));
        if (args.contains(SAMPLE)) {
            shell.openSampleData();
        }
        if (!files.isEmpty()) {
            shell.openFiles(files);
        }
        value(args, PAGE).ifPresent(name -> java.util.Arrays.stream(Page.values())
                .filter(page -> page.name().equalsIgnoreCase(name)).findFirst()
                .ifPresent(page -> shell.pageProperty().set(page)));
    }

    private static java.util.Optional<String> value(List<String> args, String prefix) {
        return args.stream().filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length())).findFirst();
    }

    private void logStartup(List<String> args, boolean debug) {
        args.stream().filter(arg -> arg.startsWith(STARTED)).findFirst().ifPresent(arg -> {
            long started = Long.parseLong(arg.substring(STARTED.length()));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (debug) {
                LOG.warn("Window shown {} ms after start", millis);
            } else {
                LOG.info("Window shown {} ms after start", millis);
            }
        });
    }

    /**
     * Tablesaw's first use costs a second or more of class loading and a class-path scan: pay it
     * off the UI thread, and only once the window is drawn, so that on a two-core machine it does
     * not slow the window's own start.
     */
    private static void warmUpTablesawAfterFirstPulse(Scene scene) {
        boolean[] started = new boolean[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!started[0]) {
                started[0] = true;
                // removed outside the pulse: the scene is iterating over its listeners now
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    org.marketingworkbench.data.DataLoader.prepare();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void installUncaughtExceptionHandler(FxDialogService dialogs) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught exception in {}", thread.getName(), error);
            Runnable show = () -> dialogs.showError(Messages.get("error.title"), ErrorText.of(error), error);
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        });
    }
}
