package org.marketingworkbench.ui.data;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.data.ColumnType;
import org.marketingworkbench.data.Misfit;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Tables;

/**
 * The inspected column's role (with why) and type. A new type is previewed first: the cells
 * that would not fit are counted and the first shown with their rows, then applied or dropped.
 */
final class ColumnEditPane extends VBox {
    private final ColumnInspectorViewModel model;
    private final TypeChangeViewModel typeChange;
    private final ComboBox<ColumnRole> role = new ComboBox<>();
    private final ComboBox<ColumnType> type = new ComboBox<>();
    private final Label reason = new Label();
    private final Label summary = new Label();
    private final ChangeListener<ColumnRole> roleListener = (obs, old, value) -> showRole(value);
    private final ChangeListener<Object> columnListener = (obs, old, value) -> showType();
    private final ChangeListener<Boolean> readyListener = (obs, old, value) -> showSummary();
    private boolean updating;

    ColumnEditPane(ColumnInspectorViewModel model) {
        super(6);
        this.model = model;
        this.typeChange = model.typeChange();
        role.setId("data-role");
        role.getItems().setAll(ColumnRole.values());
        role.setConverter(converter(DataFormats::role));
        role.setOnAction(event -> {
            if (!updating) {
                model.setRole(role.getValue());
            }
        });
        reason.setWrapText(true);
        reason.textProperty().bind(model.roleReasonProperty());
        reason.getStyleClass().add("text-muted");
        type.setId("data-type");
        type.getItems().setAll(ColumnType.values());
        type.setConverter(converter(value -> Messages.get("data.type." + value.id())));
        type.setOnAction(event -> {
            if (!updating) {
                typeChange.preview(type.getValue());
            }
        });
        summary.setWrapText(true);
        Button apply = new Button(Messages.get("data.retype.apply"));
        apply.setId("data-retype-apply");
        apply.getStyleClass().add("accent");
        apply.setOnAction(event -> typeChange.apply());
        Button discard = new Button(Messages.get("data.retype.discard"));
        discard.setOnAction(event -> {
            typeChange.discard();
            showType();
        });
        HBox buttons = new HBox(6, apply, discard);
        buttons.visibleProperty().bind(typeChange.readyProperty());
        buttons.managedProperty().bind(buttons.visibleProperty());
        TableView<Misfit> examples = examples();
        HBox roleLine = new HBox(8, new Label(Messages.get("data.stat.role")), role);
        roleLine.setAlignment(Pos.CENTER_LEFT);
        HBox typeLine = new HBox(8, new Label(Messages.get("data.retype.label")), type);
        typeLine.setAlignment(Pos.CENTER_LEFT);
        Label typeProblem = new Label();
        typeProblem.textProperty().bind(typeChange.problemProperty());
        typeProblem.setWrapText(true);
        getChildren().addAll(roleLine, reason, typeLine, summary, examples, buttons, typeProblem);
        model.roleProperty().addListener(roleListener);
        model.columnProfileProperty().addListener(columnListener);
        typeChange.readyProperty().addListener(readyListener);
        showRole(model.roleProperty().get());
        showType();
    }

    void dispose() {
        model.roleProperty().removeListener(roleListener);
        model.columnProfileProperty().removeListener(columnListener);
        typeChange.readyProperty().removeListener(readyListener);
        reason.textProperty().unbind();
    }

    private void showRole(ColumnRole value) {
        updating = true;
        role.setValue(value);
        role.setDisable(value == null);
        updating = false;
        reason.getStyleClass().remove("warning");
        if (value == ColumnRole.PERSONAL) {
            reason.getStyleClass().add("warning");
        }
    }

    private void showType() {
        var profile = model.columnProfileProperty().get();
        updating = true;
        type.setValue(profile == null ? null : profile.type());
        type.setDisable(profile == null);
        setVisible(profile != null);
        setManaged(profile != null);
        updating = false;
        summary.setText(typeChange.summary());
    }

    private void showSummary() {
        summary.setText(typeChange.summary());
    }

    private TableView<Misfit> examples() {
        TableView<Misfit> table = new TableView<>(typeChange.examples());
        table.setId("data-misfits");
        table.getStyleClass().add("dense");
        table.getColumns().add(column("data.misfit.row", misfit -> String.format("%,d", misfit.row() + 1)));
        table.getColumns().add(column("data.misfit.line", misfit -> String.format("%,d", misfit.line())));
        table.getColumns().add(column("data.misfit.text", Misfit::text));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(24 * (TypeChangeViewModel.EXAMPLES + 1) + 4);
        table.visibleProperty().bind(Bindings.isNotEmpty(typeChange.examples()));
        table.managedProperty().bind(table.visibleProperty());
        return table;
    }

    private static TableColumn<Misfit, String> column(String key, java.util.function.Function<Misfit, String> value) {
        TableColumn<Misfit, String> column = Tables.text(Messages.get(key), value);
        column.setSortable(false);
        return column;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
