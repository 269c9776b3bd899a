package org.marketingworkbench.ui.predict;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.predict.PredictRequest;
import org.marketingworkbench.predict.Validation;
import org.marketingworkbench.predict.model.ModelKind;
import org.marketingworkbench.predict.model.ModelParameters;
import org.marketingworkbench.project.PredictParameters;

/**
 * The model to train and how to judge it: the kind, its parameters (each kind keeps its own
 * edits when the user switches back and forth), hold-out or cross-validation, and the seed.
 */
public final class ModelChoice {
    /** Folds offered by default for cross-validation. */
    static final int DEFAULT_FOLDS = 5;

    private final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>(this, "kind", ModelKind.TREE);
    private final Map<ModelKind, List<ParameterValue>> byKind = new EnumMap<>(ModelKind.class);
    private final ObservableList<ParameterValue> parameters = FXCollections.observableArrayList();
    private final BooleanProperty crossValidation = new SimpleBooleanProperty(this, "crossValidation", false);
    private final DoubleProperty testFraction = new SimpleDoubleProperty(this, "testFraction",
            PredictParameters.DEFAULT_TEST_FRACTION);
    private final IntegerProperty folds = new SimpleIntegerProperty(this, "folds", DEFAULT_FOLDS);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", PredictRequest.DEFAULT_SEED);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    ModelChoice() {
        for (ModelKind each : ModelKind.values()) {
            List<ParameterValue> values = each.parameters().stream().map(ParameterValue::new).toList();
            values.forEach(value -> value.textProperty().addListener((obs, old, text) -> check()));
            byKind.put(each, values);
        }
        kind.addListener((obs, old, value) -> {
            parameters.setAll(byKind.get(value == null ? ModelKind.TREE : value));
            check();
        });
        parameters.setAll(byKind.get(ModelKind.TREE));
    }

    public ObjectProperty<ModelKind> kindProperty() {
        return kind;
    }

    /** The current kind's parameters, in display order. */
    public ObservableList<ParameterValue> parameters() {
        return parameters;
    }

    /** True for k-fold cross-validation, false for a hold-out test part. */
    public BooleanProperty crossValidationProperty() {
        return crossValidation;
    }

    public DoubleProperty testFractionProperty() {
        return testFraction;
    }

    public IntegerProperty foldsProperty() {
        return folds;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** What is wrong with a parameter value, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The checked parameters; bad input when a value is out of range or not a number. */
    public ModelParameters modelParameters() {
        return ModelParameters.of(kind.get(), values(kind.get()));
    }

    public Validation validation() {
        return crossValidation.get() ? Validation.crossValidation(folds.get()) : Validation.holdout(testFraction.get());
    }

    /** Sets the kind and its parameter values (the others keep their defaults). */
    void apply(ModelKind value, Map<String, String> given) {
        for (ParameterValue parameter : byKind.get(value)) {
            parameter.textProperty().set(given.getOrDefault(parameter.spec().name(), parameter.spec().defaultValue()));
        }
        kind.set(value);
        check();
    }

    /** The current kind's values by name, as text. */
    Map<String, String> values(ModelKind which) {
        Map<String, String> values = new LinkedHashMap<>();
        byKind.get(which).forEach(parameter -> values.put(parameter.spec().name(), parameter.textProperty().get()));
        return values;
    }

    private void check() {
        try {
            modelParameters();
            problem.set("");
        } catch (BadInputException e) {
            problem.set(e.getMessage());
        }
    }
}
