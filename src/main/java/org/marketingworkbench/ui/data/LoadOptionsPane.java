package org.marketingworkbench.ui.data;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.data.DataPreview;
import org.marketingworkbench.data.Notice;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Banner;

/** Encoding, delimiter, header and sheet of the selected file, the live preview, and "Reload". */
final class LoadOptionsPane extends VBox {
    private final LoadOptionsViewModel model;
    private final ComboBox<LoadChoices.Encoding> encoding = new ComboBox<>();
    private final ComboBox<LoadChoices.Delimiter> delimiter = new ComboBox<>();
    private final ComboBox<LoadChoices.Header> header = new ComboBox<>();
    private final ComboBox<String> sheet = new ComboBox<>();
    private final TableView<List<String>> preview = new TableView<>();
    private final Label detected = new Label();
    private final Label notices = new Label();
    private final Banner problem;
    private final ChangeListener<DataPreview> previewListener = (obs, old, value) -> show(value);

    LoadOptionsPane(LoadOptionsViewModel model) {
        super(8);
        this.model = model;
        setPadding(new Insets(8));
        encoding.getItems().setAll(LoadChoices.Encoding.values());
        delimiter.getItems().setAll(LoadChoices.Delimiter.values());
        header.getItems().setAll(LoadChoices.Header.values());
        encoding.setId("data-encoding");
        delimiter.setId("data-delimiter");
        header.setId("data-header");
        sheet.setId("data-sheet");
        encoding.valueProperty().bindBidirectional(model.encodingProperty());
        delimiter.valueProperty().bindBidirectional(model.delimiterProperty());
        header.valueProperty().bindBidirectional(model.headerProperty());
        sheet.setItems(model.sheets());
        sheet.valueProperty().bindBidirectional(model.sheetProperty());
        encoding.disableProperty().bind(model.textProperty().not());
        delimiter.disableProperty().bind(model.textProperty().not());
        header.disableProperty().bind(model.textProperty().not());
        sheet.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.sheets()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Messages.get("data.options.encoding")), encoding);
        grid.addRow(1, new Label(Messages.get("data.options.delimiter")), delimiter);
        grid.addRow(2, new Label(Messages.get("data.options.header")), header);
        grid.addRow(3, new Label(Messages.get("data.options.sheet")), sheet);
        Button reload = new Button(Messages.get("data.options.reload"), new FontIcon(Feather.REFRESH_CW));
        reload.setId("data-reload");
        reload.getStyleClass().add("accent");
        reload.disableProperty().bind(model.sourceProperty().isNull().or(model.reloadingProperty())
                .or(model.problemProperty().isNotEmpty()));
        reload.setOnAction(event -> model.reload());
        problem = new Banner(model.problemProperty());
        detected.getStyleClass().add("text-muted");
        detected.setWrapText(true);
        notices.setWrapText(true);
        notices.managedProperty().bind(notices.textProperty().isNotEmpty());
        notices.visibleProperty().bind(notices.managedProperty());
        for (ComboBox<?> box : List.of(encoding, delimiter, header, sheet)) {
            box.setPrefWidth(190);
        }
        notices.getStyleClass().add("warning");
        preview.setId("data-preview");
        preview.getStyleClass().addAll("dense", "striped");
        preview.setPlaceholder(new Label(Messages.get("data.options.noPreview")));
        preview.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label previewTitle = new Label(Messages.get("data.options.preview", LoadOptionsViewModel.PREVIEW_ROWS));
        previewTitle.getStyleClass().add("title-4");
        getChildren().addAll(grid, reload, problem, previewTitle, detected, notices, preview);
        model.previewProperty().addListener(previewListener);
        show(model.previewProperty().get());
    }

    void dispose() {
        model.previewProperty().removeListener(previewListener);
        encoding.valueProperty().unbindBidirectional(model.encodingProperty());
        delimiter.valueProperty().unbindBidirectional(model.delimiterProperty());
        header.valueProperty().unbindBidirectional(model.headerProperty());
        sheet.valueProperty().unbindBidirectional(model.sheetProperty());
        problem.dispose();
    }

    private void show(DataPreview value) {
        preview.getColumns().clear();
        preview.getItems().clear();
        detected.setText(model.detected());
        notices.setText(value == null ? "" : String.join("\n", value.notices().stream().map(Notice::text).toList()));
        if (value == null) {
            return;
        }
        for (int index = 0; index < value.columns().size(); index++) {
            int cell = index;
            String type = index < value.types().size()
                    ? Messages.get("data.type." + value.types().get(index).id()) : "";
            TableColumn<List<String>, String> column = new TableColumn<>(value.columns().get(index) + "\n" + type);
            column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(cell < row.getValue().size()
                    ? row.getValue().get(cell) : ""));
            column.setSortable(false);
            column.setPrefWidth(120);
            preview.getColumns().add(column);
        }
        preview.getItems().setAll(value.rows());
    }
}
