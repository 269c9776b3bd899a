package org.marketingworkbench.ui.predict;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.model.ModelKind;

/** The model and its parameters, hold-out or cross-validation, the seed, and Train / Cancel. */
final class ModelPane extends VBox {
    private final PredictViewModel model;
    private final ModelChoice choice;
    private final ComboBox<ModelKind> kind = new ComboBox<>();
    private final ParameterSheet sheet;
    private final RadioButton holdout = new RadioButton(Messages.get("predict.page.holdout"));
    private final RadioButton crossValidation = new RadioButton(Messages.get("predict.page.cv"));
    private final Spinner<Integer> testPercent = new Spinner<>(5, 50, 20, 5);
    private final Spinner<Integer> folds = new Spinner<>(2, 20, ModelChoice.DEFAULT_FOLDS);
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 42);
    private final ObjectProperty<Integer> testPercentValue;
    private final ObjectProperty<Integer> foldsValue;
    private final ObjectProperty<Integer> seedValue;
    private final javafx.beans.InvalidationListener fromModel = obs -> showModel();
    private final VBox actions;

    ModelPane(PredictViewModel model) {
        super(10);
        this.model = model;
        this.choice = model.model();
        kind.getItems().setAll(ModelKind.values());
        kind.valueProperty().bindBidirectional(choice.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ModelKind value) {
                return value == null ? "" : value.label();
            }

            @Override
            public ModelKind fromString(String text) {
                return null;
            }
        });
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setId("predict-model");
        sheet = new ParameterSheet(choice);
        sheet.setPrefHeight(150);

        ToggleGroup validation = new ToggleGroup();
        holdout.setToggleGroup(validation);
        crossValidation.setToggleGroup(validation);
        crossValidation.selectedProperty().bindBidirectional(choice.crossValidationProperty());
        // spinners hold integers; the view-model's fraction and seed are bridged both ways here
        testPercentValue = testPercent.getValueFactory().valueProperty();
        testPercentValue.addListener((obs, old, value) -> choice.testFractionProperty().set(value / 100.0));
        testPercent.getValueFactory().setConverter(percent());
        foldsValue = folds.getValueFactory().valueProperty();
        foldsValue.addListener((obs, old, value) -> choice.foldsProperty().set(value));
        seedValue = seed.getValueFactory().valueProperty();
        seedValue.addListener((obs, old, value) -> choice.seedProperty().set(value));
        for (Spinner<Integer> spinner : java.util.List.of(testPercent, folds, seed)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(96);
        }
        showModel();
        for (javafx.beans.Observable property : modelProperties()) {
            property.addListener(fromModel);
        }
        testPercent.disableProperty().bind(crossValidation.selectedProperty());
        folds.disableProperty().bind(holdout.selectedProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, holdout, testPercent);
        grid.addRow(1, crossValidation, folds);
        grid.addRow(2, new Label(Messages.get("predict.page.seed")), seed);

        Button train = new Button(Messages.get("predict.page.train"), new FontIcon(Feather.PLAY));
        train.getStyleClass().add("accent");
        train.setDefaultButton(true);
        train.setId("predict-train");
        train.setOnAction(event -> model.train());
        train.disableProperty().bind(model.trainingProperty().or(model.setup().problemProperty().isNotEmpty()));
        Button cancel = new Button(Messages.get("predict.page.cancel"), new FontIcon(Feather.X));
        cancel.setOnAction(event -> model.cancel());
        cancel.visibleProperty().bind(model.trainingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.trainingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        HBox buttons = new HBox(8, train, cancel, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        actions = new VBox(4, buttons, SetupPane.muted(Messages.get("predict.page.trainHint")));
        actions.getStyleClass().add("predict-actions");

        getChildren().addAll(heading("predict.page.model"), kind, sheet, heading("predict.page.validation"), grid);
        getStyleClass().add("predict-model");
    }

    /** Train and Cancel, kept in view below the scrolling setup. */
    VBox actions() {
        return actions;
    }

    void dispose() {
        kind.valueProperty().unbindBidirectional(choice.kindProperty());
        crossValidation.selectedProperty().unbindBidirectional(choice.crossValidationProperty());
        sheet.dispose();
        for (javafx.beans.Observable property : modelProperties()) {
            property.removeListener(fromModel);
        }
    }

    private java.util.List<javafx.beans.Observable> modelProperties() {
        return java.util.List.of(choice.testFractionProperty(), choice.foldsProperty(), choice.seedProperty(),
                choice.crossValidationProperty());
    }

    /** Shows the view-model's validation and seed (also when a project sets them). */
    private void showModel() {
        holdout.setSelected(!choice.crossValidationProperty().get());
        testPercentValue.set((int) Math.round(100 * choice.testFractionProperty().get()));
        foldsValue.set(choice.foldsProperty().get());
        seedValue.set((int) Math.min(Integer.MAX_VALUE, Math.max(0, choice.seedProperty().get())));
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    private static StringConverter<Integer> percent() {
        return new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value + "%";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replace("%", "").trim());
            }
        };
    }
}
