package org.marketingworkbench.ui.data;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.shell.PageView;
import org.marketingworkbench.ui.table.TableExportButton;
import org.marketingworkbench.ui.table.TableExportService;
import org.marketingworkbench.ui.table.TablesawTableView;

/** The Data page: the list of open sources and the rows of the one selected. */
public final class DataView implements PageView {
    private final BorderPane root = new BorderPane();
    private final DataViewModel model;
    private final TableView<DataSource> sources = new TableView<>();
    private final TablesawTableView rows = new TablesawTableView();
    private final ChangeListener<DataSource> selectedListener = (obs, old, source) -> show(source);

    public DataView(DataViewModel model, TableExportService exports) {
        this.model = model;
        Label title = new Label(Messages.get("page.data.title"));
        title.getStyleClass().add("title-3");
        Button open = new Button(Messages.get("data.open"), new FontIcon(Feather.FOLDER));
        open.setId("data-open");
        open.setOnAction(event -> model.importData());
        Button remove = new Button(Messages.get("data.remove"), new FontIcon(Feather.X));
        remove.setOnAction(event -> model.remove(sources.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(sources.getSelectionModel().selectedItemProperty().isNull());
        Label loading = new Label();
        loading.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get() > 0
                ? Messages.get("data.loading", model.loadingProperty().get()) : "", model.loadingProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        TableExportButton export = new TableExportButton(exports, rows::table,
                () -> stem(model.selectedProperty().get()), () -> model.personalColumns());
        export.disableProperty().bind(model.selectedProperty().isNull());
        HBox toolbar = new HBox(8, title, spacer, loading, open, remove, export);
        toolbar.getStyleClass().add("page-toolbar");

        buildSourceTable();
        rows.setId("data-rows");
        rows.setPlaceholder(new Label(Messages.get("data.noSource")));
        SplitPane split = new SplitPane(sources, rows);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.28);
        root.setTop(toolbar);
        root.setCenter(split);
        root.getStyleClass().add("page");
        model.selectedProperty().addListener(selectedListener);
        show(model.selectedProperty().get());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        model.selectedProperty().removeListener(selectedListener);
    }

    private void buildSourceTable() {
        sources.setId("data-sources");
        sources.setItems(model.sources());
        sources.setPlaceholder(new VBox(new Label(Messages.get("data.empty"))));
        sources.getColumns().add(column("data.col.name", DataSource::name));
        sources.getColumns().add(column("data.col.rows", source -> String.format("%,d", source.table().rowCount())));
        sources.getColumns().add(column("data.col.columns", source -> Integer.toString(source.table().columnCount())));
        sources.getColumns().add(column("data.col.encoding", source -> source.charset().name()));
        sources.getColumns().add(column("data.col.delimiter", source -> describeDelimiter(source.delimiter())));
        sources.getColumns().add(column("data.col.loadTime", source -> Messages.get("data.millis", source.loadMillis())));
        sources.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sources.getSelectionModel().selectedItemProperty().addListener((obs, old, source) -> {
            if (source != null) {
                model.selectedProperty().set(source);
            }
        });
    }

    private void show(DataSource source) {
        rows.setTable(source == null ? null : source.table());
        if (source != null && sources.getSelectionModel().getSelectedItem() != source) {
            sources.getSelectionModel().select(source);
        }
    }

    private static String stem(DataSource source) {
        String name = source == null ? "data" : source.name();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String describeDelimiter(Character delimiter) {
        if (delimiter == null) {
            return "";
        }
        return switch (delimiter) {
            case '\t' -> Messages.get("data.delimiter.tab");
            case ',' -> Messages.get("data.delimiter.comma");
            case ';' -> Messages.get("data.delimiter.semicolon");
            case '|' -> Messages.get("data.delimiter.pipe");
            default -> delimiter.toString();
        };
    }

    private static TableColumn<DataSource, String> column(String key, java.util.function.Function<DataSource, String> value) {
        TableColumn<DataSource, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
