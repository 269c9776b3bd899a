package org.marketingworkbench.ui.predict;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.setup.CategoryEncoding;
import org.marketingworkbench.predict.setup.LeakageWarning;

/** Setup: the target and its buyer value, leakage warnings with "leave it out", the feature list and the preparation. */
final class SetupPane extends VBox {
    private final PredictViewModel model;
    private final PredictSetupModel setup;
    private final ComboBox<String> target = new ComboBox<>();
    private final ComboBox<String> positive = new ComboBox<>();
    private final VBox leaks = new VBox(6);
    private final ChoiceBox<CategoryEncoding> encoding = new ChoiceBox<>();
    private final CheckBox standardise = new CheckBox(Messages.get("predict.page.standardise"));
    private final Label encodingNote = new Label();
    private final ListChangeListener<LeakageWarning> leakageChanged = change -> showLeaks();

    SetupPane(PredictViewModel model) {
        super(10);
        this.model = model;
        this.setup = model.setup();
        target.setItems(setup.targetChoices());
        target.valueProperty().bindBidirectional(setup.targetProperty());
        target.setId("predict-target");
        positive.setItems(setup.positiveChoices());
        positive.valueProperty().bindBidirectional(setup.positiveProperty());
        positive.setId("predict-positive");
        target.setMaxWidth(Double.MAX_VALUE);
        positive.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Messages.get("predict.page.target")), target);
        grid.addRow(1, new Label(Messages.get("predict.page.positive")), positive);
        GridPane.setHgrow(target, Priority.ALWAYS);
        GridPane.setHgrow(positive, Priority.ALWAYS);

        setup.leakage().addListener(leakageChanged);
        showLeaks();
        TableView<FeatureItem> features = FeatureTable.create(setup.features());
        features.setPrefHeight(260);
        VBox.setVgrow(features, Priority.ALWAYS);
        Label featuresHint = muted(Messages.get("predict.page.featuresHint"));

        encoding.getItems().setAll(CategoryEncoding.values());
        encoding.valueProperty().bindBidirectional(setup.encodingProperty());
        encoding.setConverter(new StringConverter<>() {
            @Override
            public String toString(CategoryEncoding value) {
                return value == null ? "" : Messages.get("predict.encoding." + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public CategoryEncoding fromString(String text) {
                return null;
            }
        });
        standardise.selectedProperty().bindBidirectional(setup.standardiseProperty());
        standardise.setWrapText(true);
        encodingNote.textProperty().bind(encodingNote());
        encodingNote.visibleProperty().bind(encodingNote.textProperty().isNotEmpty());
        encodingNote.managedProperty().bind(encodingNote.visibleProperty());
        encodingNote.setWrapText(true);
        encodingNote.getStyleClass().addAll("text-small", "warning");
        HBox encodingRow = new HBox(8, new Label(Messages.get("predict.page.encoding")), encoding);
        encodingRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(heading("predict.page.setup"), grid, leaks, heading("predict.page.features"), featuresHint,
                features, heading("predict.page.preprocessing"), muted(Messages.get("predict.page.fillHint")),
                encodingRow, encodingNote, standardise);
        getStyleClass().add("predict-setup");
    }

    void dispose() {
        target.valueProperty().unbindBidirectional(setup.targetProperty());
        positive.valueProperty().unbindBidirectional(setup.positiveProperty());
        encoding.valueProperty().unbindBidirectional(setup.encodingProperty());
        standardise.selectedProperty().unbindBidirectional(setup.standardiseProperty());
        encodingNote.textProperty().unbind();
        setup.leakage().removeListener(leakageChanged);
        target.setItems(null);
        positive.setItems(null);
    }

    /** The model's own encoding overrides a different choice: say so before training. */
    private StringBinding encodingNote() {
        return Bindings.createStringBinding(() -> {
            var kind = model.model().kindProperty().get();
            CategoryEncoding needed = PredictInputs.encodingFor(kind);
            if (kind == null || setup.encodingProperty().get() == needed) {
                return "";
            }
            return Messages.get(kind.treeBased() ? "predict.warning.treesUseNominal" : "predict.warning.oneHotNeeded",
                    kind.label());
        }, model.model().kindProperty(), setup.encodingProperty());
    }

    private void showLeaks() {
        leaks.getChildren().clear();
        for (LeakageWarning warning : setup.leakage()) {
            Label text = new Label(warning.message(), new FontIcon(Feather.ALERT_TRIANGLE));
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button leaveOut = new Button(Messages.get("predict.page.leaveOut", warning.feature()));
            leaveOut.getStyleClass().addAll("small", "warning");
            leaveOut.setMinWidth(Region.USE_PREF_SIZE);
            leaveOut.setOnAction(event -> setup.leaveOut(warning.feature()));
            leaveOut.setId("predict-leave-out-" + warning.feature());
            VBox box = new VBox(6, text, leaveOut);
            box.getStyleClass().add("predict-leak");
            leaks.getChildren().add(box);
        }
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("text-muted", "text-small");
        label.setWrapText(true);
        return label;
    }
}
