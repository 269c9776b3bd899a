package org.marketingworkbench.ui.data;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.common.PageHeader;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.shell.PageView;
import org.marketingworkbench.ui.table.TableExportButton;

/**
 * The Data page: the open files, what their load reported, the rows with filter and sort, and
 * beside them the column inspector and the options to read the file again.
 */
public final class DataView implements PageView {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final BorderPane root = new BorderPane();
    private final DataViewModel model;
    private final SourcesTable sources;
    private final Banner problem;
    private final RowsPane rows;
    private final ColumnInspectorPane inspector;
    private final LoadOptionsPane options;
    private final Label loading = new Label();
    private final Runnable focusFilter;
    private final ChangeListener<Scene> sceneListener = (obs, old, scene) -> moveShortcut(old, scene);

    public DataView(DataViewModel model, ViewServices services) {
        this.model = model;
        Button open = new Button(Messages.get("data.open"), new FontIcon(Feather.FOLDER));
        open.setId("data-open");
        open.setOnAction(event -> model.importData());
        Button remove = new Button(Messages.get("data.remove"), new FontIcon(Feather.X));
        remove.setId("data-remove");
        remove.setOnAction(event -> model.remove(model.selectedProperty().get()));
        remove.disableProperty().bind(model.selectedProperty().isNull());
        loading.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get() > 0
                ? Messages.get("data.loading", model.loadingProperty().get()) : "", model.loadingProperty()));
        loading.getStyleClass().add("text-muted");
        TableExportButton export = new TableExportButton(services.tables(), this::exportedTable,
                () -> stem(model.selectedProperty().get()), model::personalColumns);
        export.disableProperty().bind(model.selectedProperty().isNull());

        sources = new SourcesTable(model);
        problem = new Banner(model.problemSummaryProperty());
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("data-problems");
        problems.setPrefHeight(90);
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        rows = new RowsPane(model.rows(), model.inspector());
        inspector = new ColumnInspectorPane(model.inspector(), services);
        options = new LoadOptionsPane(model.loadOptions());
        TabPane side = new TabPane(new Tab(Messages.get("data.tab.column"), inspector),
                new Tab(Messages.get("data.tab.options"), options));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("data-side");
        VBox rowsBox = new VBox(6, problem, problems, rows);
        VBox.setVgrow(rows, javafx.scene.layout.Priority.ALWAYS);
        SplitPane body = new SplitPane(rowsBox, side);
        body.setDividerPositions(0.62);
        SplitPane split = new SplitPane(sources, body);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.2);
        root.setTop(new PageHeader("page.data.title", loading, open, remove, export));
        root.setCenter(split);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        root.getStyleClass().add("page");
        root.setId("data-page");
        focusFilter = rows::focusFilter;
        root.sceneProperty().addListener(sceneListener);
        moveShortcut(null, root.getScene());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        root.sceneProperty().removeListener(sceneListener);
        moveShortcut(root.getScene(), null);
        loading.textProperty().unbind();
        sources.dispose();
        problem.dispose();
        rows.dispose();
        inspector.dispose();
        options.dispose();
    }

    /** Ctrl+F belongs to this page while it is shown. */
    private void moveShortcut(Scene from, Scene to) {
        if (from != null && from.getAccelerators().get(FIND) == focusFilter) {
            from.getAccelerators().remove(FIND);
        }
        if (to != null) {
            to.getAccelerators().put(FIND, focusFilter);
        }
    }

    /** The rows as shown: filtered and sorted when the user did so. */
    private tech.tablesaw.api.Table exportedTable() {
        DataSource source = model.selectedProperty().get();
        int[] order = model.rows().orderProperty().get();
        return source == null ? null : order == null ? source.table() : source.table().rows(order);
    }

    private static String stem(DataSource source) {
        return source == null ? "data" : org.marketingworkbench.data.FileFormat.baseName(source.name());
    }
}
