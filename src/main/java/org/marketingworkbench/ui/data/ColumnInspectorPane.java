package org.marketingworkbench.ui.data;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.common.Tables;
import org.marketingworkbench.ui.common.ViewServices;

/** Every column at a glance (type, role, missing), and the chosen one in detail. */
final class ColumnInspectorPane extends SplitPane {
    private final ColumnInspectorViewModel model;
    private final TableView<ColumnInspectorViewModel.ColumnRow> columns = new TableView<>();
    private final ColumnStatsPane stats;
    private final ColumnEditPane edit;
    private final Banner problem;
    private final ChangeListener<String> columnListener = (obs, old, name) -> select(name);
    private final javafx.collections.ListChangeListener<ColumnInspectorViewModel.ColumnRow> rowsListener =
            change -> select(model().columnProperty().get());

    ColumnInspectorPane(ColumnInspectorViewModel model, ViewServices services) {
        this.model = model;
        stats = new ColumnStatsPane(model, services);
        edit = new ColumnEditPane(model);
        problem = new Banner(model.problemProperty());
        buildColumns();
        VBox details = new VBox(10, problem, stats, edit);
        details.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        getItems().addAll(columns, scroll);
        setOrientation(Orientation.VERTICAL);
        setDividerPositions(0.3);
        model.columnProperty().addListener(columnListener);
        model.columns().addListener(rowsListener);
        select(model.columnProperty().get());
    }

    void dispose() {
        model.columnProperty().removeListener(columnListener);
        model.columns().removeListener(rowsListener);
        stats.dispose();
        edit.dispose();
        problem.dispose();
    }

    private void buildColumns() {
        columns.setId("data-columns");
        columns.setItems(model.columns());
        columns.getStyleClass().addAll("dense", "striped");
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.sourceProperty().isNull())
                .then(Messages.get("data.inspector.none")).otherwise(Messages.get("data.inspector.profiling")));
        columns.setPlaceholder(placeholder);
        columns.getColumns().add(column("data.col.column", ColumnInspectorViewModel.ColumnRow::name, 140));
        columns.getColumns().add(column("data.stat.type", ColumnInspectorViewModel.ColumnRow::type, 90));
        columns.getColumns().add(column("data.stat.role", row -> DataFormats.role(row.role()), 90));
        columns.getColumns().add(column("data.stat.missing", row -> String.format(Locale.ROOT, "%.1f%%",
                row.missingPercent()), 70));
        columns.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Personal data stands out (a lock beside its role), so nobody feeds phone numbers to a model by accident.
        TableColumn<ColumnInspectorViewModel.ColumnRow, String> role = (TableColumn<ColumnInspectorViewModel.ColumnRow,
                String>) columns.getColumns().get(2);
        role.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                var row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setGraphic(row != null && row.role() == ColumnRole.PERSONAL ? new FontIcon(Feather.LOCK) : null);
            }
        });
        columns.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.columnProperty().set(row.name());
            }
        });
    }

    private void select(String name) {
        for (ColumnInspectorViewModel.ColumnRow row : model.columns()) {
            if (row.name().equals(name)) {
                if (columns.getSelectionModel().getSelectedItem() != row) {
                    columns.getSelectionModel().select(row);
                    columns.scrollTo(row);
                }
                return;
            }
        }
    }

    private ColumnInspectorViewModel model() {
        return model;
    }

    private static TableColumn<ColumnInspectorViewModel.ColumnRow, String> column(String key,
            Function<ColumnInspectorViewModel.ColumnRow, String> value, double width) {
        TableColumn<ColumnInspectorViewModel.ColumnRow, String> column = Tables.text(Messages.get(key), value);
        column.setPrefWidth(width);
        return column;
    }
}
