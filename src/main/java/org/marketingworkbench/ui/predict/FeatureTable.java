package org.marketingworkbench.ui.predict;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.setup.MissingFill;

/** The feature check list: use it or not, its name and kind, how its missing values are filled, and why it is unticked or flagged. */
final class FeatureTable {

    private FeatureTable() {
    }

    static TableView<FeatureItem> create(ObservableList<FeatureItem> items) {
        TableView<FeatureItem> table = new TableView<>(items);
        table.setId("predict-features");
        table.setEditable(true);
        table.getStyleClass().addAll("dense", "striped");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("predict.page.noFeatures")));

        TableColumn<FeatureItem, Boolean> use = new TableColumn<>();
        use.setGraphic(new FontIcon(Feather.CHECK_SQUARE));
        use.setCellValueFactory(cell -> cell.getValue().selectedProperty());
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        use.setEditable(true);
        use.setPrefWidth(42);
        use.setMinWidth(42);
        use.setMaxWidth(42);
        use.setSortable(false);

        TableColumn<FeatureItem, String> name = new TableColumn<>(Messages.get("predict.page.col.column"));
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().column()));
        name.setPrefWidth(118);
        name.setCellFactory(column -> new NameCell());
        TableColumn<FeatureItem, FeatureItem> fill = new TableColumn<>(Messages.get("predict.page.col.fill"));
        fill.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        fill.setCellFactory(column -> new FillCell());
        fill.setPrefWidth(158);
        fill.setSortable(false);
        // the leak figure is the cell's value, so the note follows each new leakage check
        TableColumn<FeatureItem, Number> note = new TableColumn<>(Messages.get("predict.page.col.note"));
        note.setCellValueFactory(cell -> cell.getValue().leakageProperty());
        note.setCellFactory(column -> new NoteCell());
        note.setPrefWidth(120);
        note.setSortable(false);
        table.getColumns().addAll(java.util.List.of(use, name, fill, note));
        return table;
    }

    static String fillLabel(MissingFill fill) {
        return fill == null ? "" : Messages.get("predict.fill." + fill.name().toLowerCase(Locale.ROOT));
    }

    /** The column's name, with its kind (number or category) as a tooltip. */
    private static final class NameCell extends TableCell<FeatureItem, String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            boolean shown = !empty && getIndex() >= 0 && getIndex() < getTableView().getItems().size();
            setText(shown ? name : null);
            setTooltip(shown ? new javafx.scene.control.Tooltip(Messages.get("predict.kind."
                    + getTableView().getItems().get(getIndex()).kind().name().toLowerCase(Locale.ROOT))) : null);
        }
    }

    /** A choice of the fills the feature allows, bound to the feature while the cell shows it. */
    private static final class FillCell extends TableCell<FeatureItem, FeatureItem> {
        private final ComboBox<MissingFill> box = new ComboBox<>();
        private ObjectProperty<MissingFill> bound;

        FillCell() {
            box.getStyleClass().add("small");
            box.setMaxWidth(Double.MAX_VALUE);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(MissingFill value) {
                    return fillLabel(value);
                }

                @Override
                public MissingFill fromString(String text) {
                    return null;
                }
            });
        }

        @Override
        protected void updateItem(FeatureItem item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.getItems().setAll(item.fills());
            bound = item.fillProperty();
            box.valueProperty().bindBidirectional(bound);
            box.setDisable(item.fills().size() < 2);
            setGraphic(box);
        }
    }

    /** Why a column is unticked by default (personal data, an identifier) or flagged as a leak. */
    private static final class NoteCell extends TableCell<FeatureItem, Number> {
        @Override
        protected void updateItem(Number value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll("warning", "text-muted");
            boolean shown = !empty && getIndex() >= 0 && getIndex() < getTableView().getItems().size();
            FeatureItem item = shown ? getTableView().getItems().get(getIndex()) : null;
            if (item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            double leak = value == null ? Double.NaN : value.doubleValue();
            if (!Double.isNaN(leak)) {
                setText(Messages.get("predict.page.leakNote", leak));
                setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
                getStyleClass().add("warning");
                return;
            }
            setGraphic(null);
            getStyleClass().add("text-muted");
            setText(item.usual() ? "" : item.role() == ColumnRole.FEATURE ? Messages.get("predict.page.role.unique")
                    : Messages.get("predict.page.role." + item.role().name().toLowerCase(Locale.ROOT)));
        }
    }
}
