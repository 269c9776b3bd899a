package org.marketingworkbench.ui.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.recommend.Holdout;
import org.marketingworkbench.recommend.Method;
import org.marketingworkbench.recommend.Similarity;

/** The settings line: method with its weight a, similarity, k, N, exclusion, decay, holdout and seed. */
final class RecommendSettingsPane extends FlowPane {
    private final List<Runnable> undo = new ArrayList<>();
    /** Object views of the number properties, kept here so the bidirectional bindings stay alive. */
    private final List<Object> adapters = new ArrayList<>();

    RecommendSettingsPane(RecommendSettings settings) {
        super(16, 8);
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<Method> method = choice(settings.methodProperty(), Method.values(),
                value -> Messages.get("recommend.method." + value.id()));
        Slider alpha = new Slider(0, 1, settings.alphaProperty().get());
        alpha.setId("recommend-alpha");
        alpha.setPrefWidth(140);
        alpha.setMajorTickUnit(0.25);
        alpha.setShowTickMarks(true);
        alpha.valueProperty().bindBidirectional(settings.alphaProperty());
        alpha.disableProperty().bind(settings.methodProperty().isNotEqualTo(Method.HYBRID));
        Label alphaValue = new Label();
        alphaValue.textProperty().bind(alpha.valueProperty().asString("a = %.2f"));
        undo.add(() -> {
            alpha.valueProperty().unbindBidirectional(settings.alphaProperty());
            alpha.disableProperty().unbind();
            alphaValue.textProperty().unbind();
        });
        Label content = muted(Messages.get("recommend.alpha.content"));
        Label behaviour = muted(Messages.get("recommend.alpha.behaviour"));
        HBox blend = new HBox(6, alphaValue, content, alpha, behaviour);
        blend.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Similarity> similarity = choice(settings.similarityProperty(), Similarity.values(),
                value -> Messages.get("recommend.similarity." + value.id()));
        Spinner<Integer> neighbours = integer(settings.neighboursProperty(), 1, 1000);
        Spinner<Integer> top = integer(settings.topProperty(), 1, 100);
        CheckBox exclude = check("recommend.settings.excludeBought", settings.excludeBoughtProperty());
        CheckBox decay = check("recommend.settings.decay", settings.decayProperty());
        Spinner<Double> halfLife = new Spinner<>(1.0, 3650.0, settings.halfLifeDaysProperty().get(), 30.0);
        halfLife.setPrefWidth(90);
        halfLife.setEditable(true);
        ObjectProperty<Double> halfLifeObject = settings.halfLifeDaysProperty().asObject();
        adapters.add(halfLifeObject);
        halfLife.getValueFactory().valueProperty().bindBidirectional(halfLifeObject);
        halfLife.disableProperty().bind(settings.decayProperty().not());
        undo.add(() -> {
            halfLife.getValueFactory().valueProperty().unbindBidirectional(halfLifeObject);
            halfLife.disableProperty().unbind();
        });
        ComboBox<Holdout.Kind> holdout = choice(settings.holdoutProperty(),
                new Holdout.Kind[] {Holdout.Kind.LAST, Holdout.Kind.RANDOM},
                kind -> Messages.get(kind == Holdout.Kind.LAST ? "recommend.holdout.last" : "recommend.holdout.random"));
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, (int) settings.seedProperty().get());
        seed.setPrefWidth(90);
        seed.setEditable(true);
        javafx.beans.value.ChangeListener<Integer> seedListener = (obs, old, value) -> settings.seedProperty().set(value);
        seed.valueProperty().addListener(seedListener);
        undo.add(() -> seed.valueProperty().removeListener(seedListener));

        getChildren().addAll(Labelled.pair("recommend.settings.method", method), blend,
                Labelled.pair("recommend.settings.similarity", similarity), Labelled.pair("recommend.settings.neighbours", neighbours),
                Labelled.pair("recommend.settings.top", top), exclude, new HBox(6, decay, halfLife),
                Labelled.pair("recommend.settings.holdout", holdout), Labelled.pair("recommend.settings.seed", seed));
        getStyleClass().add("recommend-settings");
    }

    void dispose() {
        undo.forEach(Runnable::run);
    }

    private <T> ComboBox<T> choice(ObjectProperty<T> property, T[] values, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        box.setCellFactory(list -> cell(text));
        box.setButtonCell(cell(text));
        box.valueProperty().bindBidirectional(property);
        undo.add(() -> box.valueProperty().unbindBidirectional(property));
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private Spinner<Integer> integer(javafx.beans.property.IntegerProperty property, int min, int max) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get());
        spinner.setPrefWidth(80);
        spinner.setEditable(true);
        ObjectProperty<Integer> object = property.asObject();
        adapters.add(object);
        spinner.getValueFactory().valueProperty().bindBidirectional(object);
        undo.add(() -> spinner.getValueFactory().valueProperty().unbindBidirectional(object));
        return spinner;
    }

    private CheckBox check(String key, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(Messages.get(key));
        box.selectedProperty().bindBidirectional(property);
        undo.add(() -> box.selectedProperty().unbindBidirectional(property));
        return box;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
