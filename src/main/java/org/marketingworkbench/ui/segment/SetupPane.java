package org.marketingworkbench.ui.segment;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.segment.MissingValues;
import org.marketingworkbench.segment.Scaling;

/**
 * The left side of the Segments page: features with check boxes, scaling, k and the k range,
 * seed, restarts, missing values (when the chosen features have any), the money column, and
 * Run (the default button: Enter runs), Sweep and Cancel.
 */
final class SetupPane extends VBox {
    private final SegmentViewModel model;
    private final SegmentSetup setup;
    private final Subscriptions subscriptions = new Subscriptions();
    private final VBox featureRows = new VBox(2);
    private final Subscriptions featureBindings = new Subscriptions();

    SetupPane(SegmentViewModel model) {
        super(10);
        this.model = model;
        this.setup = model.setup();
        getStyleClass().add("segment-setup");
        setPadding(new Insets(0, 12, 12, 0));
        featureRows.setId("segment-features");
        subscriptions.onList(setup.features(), (ListChangeListener<FeatureChoice>) change -> showFeatures());
        showFeatures();
        getChildren().addAll(heading("segment.setup.features"), featureButtons(), featureRows,
                heading("segment.setup.method"), parameters(), missingValues(), actions());
    }

    void dispose() {
        featureBindings.release();
        subscriptions.release();
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("segment-heading");
        return label;
    }

    private HBox featureButtons() {
        Button all = small("segment.setup.all", () -> setup.features().forEach(choice -> choice.setSelected(true)));
        Button none = small("segment.setup.none", () -> setup.features().forEach(choice -> choice.setSelected(false)));
        HBox box = new HBox(4, all, none);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Button small(String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.getStyleClass().addAll("flat", "small");
        button.setOnAction(event -> action.run());
        return button;
    }

    private void showFeatures() {
        featureBindings.release();
        featureRows.getChildren().clear();
        if (setup.features().isEmpty()) {
            Label empty = new Label(Messages.get("segment.setup.noColumns"));
            empty.getStyleClass().add("text-muted");
            featureRows.getChildren().add(empty);
        }
        for (FeatureChoice choice : setup.features()) {
            featureRows.getChildren().add(featureRow(choice));
        }
    }

    private Node featureRow(FeatureChoice choice) {
        CheckBox box = new CheckBox(choice.column());
        box.setId("segment-feature-" + choice.column());
        box.setDisable(!choice.available());
        box.setMnemonicParsing(false);
        featureBindings.bindBidirectional(box.selectedProperty(), choice.selectedProperty());
        String kind = Messages.get(choice.kind() == FeatureChoice.Kind.NUMBER ? "segment.setup.kindNumber"
                : "segment.setup.kindCategory");
        String text = choice.note().isEmpty() ? kind : kind + " · " + choice.note();
        Label note = new Label(text);
        note.getStyleClass().addAll("text-muted", "text-small");
        // the column name keeps its width; the note gives way (the tooltip has it in full)
        box.setMinWidth(Region.USE_PREF_SIZE);
        note.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(6, box, spacer, note);
        row.setAlignment(Pos.CENTER_LEFT);
        String tip = choice.column() + ": " + text;
        if (choice.missing() > 0) {
            tip += "\n" + Messages.get("segment.setup.missingInColumn", choice.missing());
        }
        Tooltip.install(row, new Tooltip(tip));
        return row;
    }

    private GridPane parameters() {
        ComboBox<Scaling> scaling = new ComboBox<>();
        scaling.getItems().setAll(Scaling.values());
        scaling.setId("segment-scaling");
        scaling.setConverter(converter(value -> Messages.get("segment.scaling." + value.id())));
        subscriptions.bindBidirectional(scaling.valueProperty(), setup.scalingProperty());
        ComboBox<String> money = new ComboBox<>(setup.moneyChoices());
        money.setId("segment-money");
        money.setConverter(converter(value -> value.isEmpty() ? Messages.get("segment.setup.noMoney") : value));
        subscriptions.bindBidirectional(money.valueProperty(), setup.moneyColumnProperty());
        money.setMaxWidth(Double.MAX_VALUE);
        scaling.setMaxWidth(Double.MAX_VALUE);
        IntSpinner fromK = new IntSpinner("segment-from-k", 2, 30, setup.fromKProperty(), subscriptions);
        IntSpinner toK = new IntSpinner("segment-to-k", 2, 30, setup.toKProperty(), subscriptions);
        // two digits each: narrower than the other spinners, and never squeezed below that
        for (IntSpinner spinner : List.of(fromK, toK)) {
            spinner.setPrefWidth(68);
            spinner.setMinWidth(68);
        }
        HBox range = new HBox(4, fromK, new Label("–"), toK);
        range.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("segment.setup.scaling"), scaling);
        grid.addRow(1, label("segment.setup.k"), new IntSpinner("segment-k", 2, 50, setup.kProperty(), subscriptions));
        grid.addRow(2, label("segment.setup.range"), range);
        grid.addRow(3, label("segment.setup.seed"),
                new IntSpinner("segment-seed", 0, Integer.MAX_VALUE, setup.seedProperty(), subscriptions));
        grid.addRow(4, label("segment.setup.restarts"),
                new IntSpinner("segment-restarts", 1, 50, setup.restartsProperty(), subscriptions));
        grid.addRow(5, label("segment.setup.money"), money);
        GridPane.setHgrow(scaling, Priority.ALWAYS);
        return grid;
    }

    private VBox missingValues() {
        Label summary = new Label();
        summary.setWrapText(true);
        subscriptions.bind(summary.textProperty(), Bindings.createStringBinding(
                () -> Messages.get("segment.setup.missingSummary", setup.missingRowsProperty().get(),
                        setup.missingColumnsProperty().get()),
                setup.missingRowsProperty(), setup.missingColumnsProperty()));
        ComboBox<MissingValues> choice = new ComboBox<>();
        choice.getItems().setAll(MissingValues.values());
        choice.setId("segment-missing");
        choice.setConverter(converter(value -> Messages.get("segment.missing." + value.id())));
        subscriptions.bindBidirectional(choice.valueProperty(), setup.missingProperty());
        choice.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(4, heading("segment.setup.missing"), summary, choice);
        box.visibleProperty().bind(setup.missingRowsProperty().greaterThan(0));
        box.managedProperty().bind(box.visibleProperty());
        subscriptions.add(() -> {
            box.visibleProperty().unbind();
            box.managedProperty().unbind();
        });
        return box;
    }

    private VBox actions() {
        Button run = new Button(Messages.get("segment.run"), new FontIcon(Feather.PLAY));
        run.setId("segment-run");
        run.setDefaultButton(true);
        run.getStyleClass().add("accent");
        run.setOnAction(event -> model.run());
        run.setTooltip(new Tooltip(Messages.get("segment.runHint")));
        Button sweep = new Button(Messages.get("segment.sweep"), new FontIcon(Feather.TRENDING_DOWN));
        sweep.setId("segment-sweep");
        sweep.setOnAction(event -> model.sweep());
        sweep.setTooltip(new Tooltip(Messages.get("segment.sweepHint")));
        Button cancel = new Button(Messages.get("segment.cancel"), new FontIcon(Feather.X));
        cancel.setId("segment-cancel");
        cancel.setOnAction(event -> model.cancel());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        HBox busy = new HBox(6, working, cancel);
        busy.setAlignment(Pos.CENTER_LEFT);
        for (Node node : List.of(run, sweep)) {
            subscriptions.bind(node.disableProperty(), model.runningProperty());
        }
        subscriptions.bind(busy.visibleProperty(), model.runningProperty());
        subscriptions.bind(busy.managedProperty(), model.runningProperty());
        HBox buttons = new HBox(8, run, sweep);
        return new VBox(8, buttons, busy);
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
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
