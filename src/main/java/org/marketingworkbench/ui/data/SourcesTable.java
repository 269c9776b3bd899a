package org.marketingworkbench.ui.data;

import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Tables;

/** The open files: name, rows, columns, encoding, delimiter and load time; selecting one shows it. */
final class SourcesTable extends TableView<DataSource> {
    private final DataViewModel model;
    private final ChangeListener<DataSource> modelSelection = (obs, old, source) -> select(source);
    private final ChangeListener<DataSource> viewSelection;

    SourcesTable(DataViewModel model) {
        this.model = model;
        setId("data-sources");
        setItems(model.sources());
        setPlaceholder(new Label(Messages.get("data.empty")));
        getStyleClass().addAll("dense", "striped");
        getColumns().add(column("data.col.name", DataSource::name, 220));
        getColumns().add(column("data.col.rows", source -> String.format("%,d", source.table().rowCount()), 90));
        getColumns().add(column("data.col.columns", source -> Integer.toString(source.table().columnCount()), 70));
        getColumns().add(column("data.col.encoding", source -> source.delimiter() == null ? "" : source.charset().name(), 90));
        getColumns().add(column("data.col.delimiter", source -> DataFormats.delimiter(source.delimiter()), 90));
        getColumns().add(column("data.col.loadTime", source -> Messages.get("data.millis", source.loadMillis()), 90));
        getColumns().add(column("data.col.notes", source -> source.warnings().isEmpty() ? ""
                : Messages.get("data.notes", source.warnings().size()), 120));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        viewSelection = (obs, old, source) -> {
            if (source != null) {
                model.selectedProperty().set(source);
            }
        };
        getSelectionModel().selectedItemProperty().addListener(viewSelection);
        model.selectedProperty().addListener(modelSelection);
        select(model.selectedProperty().get());
    }

    void dispose() {
        model.selectedProperty().removeListener(modelSelection);
    }

    private void select(DataSource source) {
        if (source != null && getSelectionModel().getSelectedItem() != source) {
            getSelectionModel().select(source);
        }
    }

    private static TableColumn<DataSource, String> column(String key, Function<DataSource, String> value, double width) {
        TableColumn<DataSource, String> column = Tables.text(Messages.get(key), value);
        column.setPrefWidth(width);
        return column;
    }
}
