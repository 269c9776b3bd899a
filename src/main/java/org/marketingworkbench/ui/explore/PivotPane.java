package org.marketingworkbench.ui.explore;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.marketingworkbench.explore.PivotResult;
import org.marketingworkbench.explore.PivotSpec.Aggregate;
import org.marketingworkbench.explore.PivotSpec.Percent;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.table.TableExportButton;
import org.marketingworkbench.ui.table.TableExportService;
import tech.tablesaw.api.Table;

/** The pivot table / cross-tab: its choices, the table with totals, and its export. */
final class PivotPane extends VBox {
    private final PivotViewModel model;
    private final ColumnBox rows;
    private final ColumnBox columns;
    private final ColumnBox value;
    private final ComboBox<Aggregate> aggregate = new ComboBox<>(FXCollections.observableArrayList(Aggregate.values()));
    private final ComboBox<Percent> percent = new ComboBox<>(FXCollections.observableArrayList(Percent.values()));
    private final Banner problem;
    private final Label note = new Label();
    private final TableView<Integer> table = new TableView<>();
    private final ChangeListener<PivotResult> resultListener = (obs, old, result) -> show(result);

    PivotPane(ExploreViewModel page, TableExportService exports) {
        super(8);
        this.model = page.pivot();
        rows = new ColumnBox("explore-pivot-rows", page.columns(), model.rowsProperty(), false);
        columns = new ColumnBox("explore-pivot-columns", page.columns(), model.columnsProperty(), true);
        value = new ColumnBox("explore-pivot-value", page.numberColumns(), model.valueProperty(), false);
        aggregate.setConverter(converter("explore.aggregate."));
        percent.setConverter(converter("explore.percent."));
        aggregate.valueProperty().bindBidirectional(model.aggregateProperty());
        percent.valueProperty().bindBidirectional(model.percentProperty());
        value.disableProperty().bind(model.aggregateProperty().isEqualTo(Aggregate.COUNT));
        problem = new Banner(model.problemProperty());
        TableExportButton export = new TableExportButton(exports, this::export, () -> "pivot", java.util.Set::of);
        FlowPane controls = new FlowPane(8, 6, new Label(Messages.get("explore.pivot.rows")), rows,
                new Label(Messages.get("explore.pivot.columns")), columns, new Label(Messages.get("explore.pivot.show")),
                aggregate, new Label(Messages.get("explore.pivot.of")), value, percent, export);
        controls.setAlignment(Pos.CENTER_LEFT);
        note.getStyleClass().add("text-muted");
        table.setId("explore-pivot-table");
        table.getStyleClass().addAll("dense", "striped");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(Messages.get("explore.pivot.empty")));
        getChildren().addAll(controls, problem, note, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        setPadding(new Insets(8, 0, 0, 0));
        model.resultProperty().addListener(resultListener);
        show(model.resultProperty().get());
    }

    void dispose() {
        model.resultProperty().removeListener(resultListener);
        rows.dispose();
        columns.dispose();
        value.dispose();
        value.disableProperty().unbind();
        aggregate.valueProperty().unbindBidirectional(model.aggregateProperty());
        percent.valueProperty().unbindBidirectional(model.percentProperty());
        problem.dispose();
    }

    private Table export() {
        PivotResult result = model.resultProperty().get();
        return result == null ? Table.create("pivot") : result.toTable();
    }

    private void show(PivotResult result) {
        table.getColumns().clear();
        if (result == null) {
            table.setItems(FXCollections.observableArrayList());
            note.setText("");
            return;
        }
        Table cells = result.toTable();
        String format = result.spec().percent() != Percent.NONE ? "%.1f%%"
                : result.spec().aggregate() == Aggregate.COUNT ? "%,.0f" : "%,.2f";
        TableColumn<Integer, String> labels = new TableColumn<>(result.spec().rowColumn());
        labels.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cells.stringColumn(0).get(cell.getValue())));
        labels.setPrefWidth(140);
        table.getColumns().add(labels);
        for (int index = 1; index < cells.columnCount(); index++) {
            table.getColumns().add(numberColumn(cells, index, format));
        }
        table.setItems(FXCollections.observableArrayList(java.util.stream.IntStream.range(0, cells.rowCount())
                .boxed().toList()));
        note.setText(Messages.get("explore.pivot.note", result.rowsUsed(), result.cells().rowCount(),
                result.cells().columnCount()));
    }

    private static TableColumn<Integer, Number> numberColumn(Table cells, int index, String format) {
        TableColumn<Integer, Number> column = new TableColumn<>(cells.column(index).name());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cells.doubleColumn(index).getDouble(cell.getValue())));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || Double.isNaN(item.doubleValue());
                setText(blank ? null : String.format(Locale.getDefault(), format, item.doubleValue()));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setPrefWidth(Math.max(70, Math.min(160, 8 * cells.column(index).name().length() + 24)));
        return column;
    }

    private static <E extends Enum<E>> StringConverter<E> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E item) {
                return item == null ? "" : Messages.get(prefix + item.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }
}
