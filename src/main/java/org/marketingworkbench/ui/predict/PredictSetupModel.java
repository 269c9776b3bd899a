package org.marketingworkbench.ui.predict;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.setup.BinaryTarget;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.predict.setup.CategoryEncoding;
import org.marketingworkbench.predict.setup.ColumnRoles;
import org.marketingworkbench.predict.setup.FeatureOptions;
import org.marketingworkbench.predict.setup.LeakageWarning;
import org.marketingworkbench.predict.setup.MissingFill;
import org.marketingworkbench.predict.setup.TargetChoices;
import org.marketingworkbench.ui.dialog.ErrorText;
import org.marketingworkbench.ui.task.BackgroundTask;
import org.marketingworkbench.ui.task.TaskExecutor;
import org.marketingworkbench.ui.workspace.InputTable;

/**
 * The Setup part of the Predict page: the target and its positive class, the feature check list
 * with each feature's fill, and how categories and numbers are prepared. Every change is checked
 * in the background (the target's values, the features, the leakage check), so a problem or a
 * leaking feature shows before anything is trained.
 */
public final class PredictSetupModel {
    private final TaskExecutor executor;
    private final ObservableValue<InputTable> input;
    private final StringProperty target = new SimpleStringProperty(this, "target");
    private final StringProperty positive = new SimpleStringProperty(this, "positive");
    private final ObservableList<String> targetChoices = FXCollections.observableArrayList();
    private final ObservableList<String> positiveChoices = FXCollections.observableArrayList();
    private final ObservableList<FeatureItem> features = FXCollections.observableArrayList();
    private final ObjectProperty<CategoryEncoding> encoding = new SimpleObjectProperty<>(this, "encoding",
            CategoryEncoding.NOMINAL);
    private final BooleanProperty standardise = new SimpleBooleanProperty(this, "standardise", true);
    private final ObservableList<LeakageWarning> leakage = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final InvalidationListener featureChanged = obs -> check();
    /** The input's column roles: as known, or guessed when nothing is known. */
    private Map<String, ColumnRole> roles = Map.of();
    /** A stored setup waiting for the input's columns to be known. */
    private Restore pending;
    /** Counts input changes, so that the columns of an input no longer chosen are dropped. */
    private int loads;
    private int loadedFor;
    /** Set while lists are rebuilt, so that one rebuild checks once. */
    private boolean rebuilding;
    /** Counts checks, so an older check that finishes late is dropped. */
    private int checks;

    PredictSetupModel(ObservableValue<InputTable> input, TaskExecutor executor) {
        this.input = input;
        this.executor = executor;
        input.addListener((obs, old, table) -> inputChanged(table));
        target.addListener((obs, old, value) -> targetChanged());
        positive.addListener((obs, old, value) -> check());
        inputChanged(input.getValue());
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty positiveProperty() {
        return positive;
    }

    /** Columns with two values (the likely target first). */
    public ObservableList<String> targetChoices() {
        return targetChoices;
    }

    /** The target's values. */
    public ObservableList<String> positiveChoices() {
        return positiveChoices;
    }

    public ObservableList<FeatureItem> features() {
        return features;
    }

    /** Nominal categories (trees) or one-hot columns (the other models); follows the model unless changed. */
    public ObjectProperty<CategoryEncoding> encodingProperty() {
        return encoding;
    }

    /** Whether numbers become z-scores for the models that are sensitive to scale. */
    public BooleanProperty standardiseProperty() {
        return standardise;
    }

    /** Checked features that alone predict the target suspiciously well, strongest first. */
    public ObservableList<LeakageWarning> leakage() {
        return leakage;
    }

    /** What keeps the setup from training, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Unticks a feature (the "leave it out" of a leakage warning). */
    public void leaveOut(String column) {
        features.stream().filter(item -> item.column().equals(column)).forEach(item -> item.selectedProperty().set(false));
    }

    /** The ticked features, in table order. */
    public List<String> selectedFeatures() {
        return features.stream().filter(item -> item.selectedProperty().get()).map(FeatureItem::column).toList();
    }

    /** Ticks exactly the given features (an empty list: the usual ones). */
    void selectFeatures(List<String> chosen, List<String> excluded) {
        rebuilding = true;
        for (FeatureItem item : features) {
            boolean on = chosen.isEmpty() ? item.usual() && !excluded.contains(item.column()) : chosen.contains(item.column());
            item.selectedProperty().set(on);
        }
        rebuilding = false;
        check();
    }

    /** The setup as shown now, to build in the background. */
    SetupInputs inputs() {
        Map<String, MissingFill> fills = new HashMap<>();
        features.stream().filter(item -> item.selectedProperty().get())
                .forEach(item -> fills.put(item.column(), item.fillProperty().get()));
        return new SetupInputs(input.getValue(), roles, target.get(), positive.get(), selectedFeatures(), fills,
                encoding.get(), standardise.get());
    }

    /** Restores a stored target, positive class and features once the input's columns are known. */
    void restore(String wantedTarget, String wantedPositive, List<String> chosen, List<String> excluded) {
        Restore wanted = new Restore(wantedTarget, wantedPositive, chosen, excluded);
        if (loadedFor == loads) {
            restoreNow(wanted);
        } else {
            pending = wanted;
        }
    }

    private void restoreNow(Restore wanted) {
        if (wanted.target() != null && targetChoices.contains(wanted.target())) {
            target.set(wanted.target());
        }
        if (wanted.positive() != null && positiveChoices.contains(wanted.positive())) {
            positive.set(wanted.positive());
        }
        selectFeatures(wanted.features(), wanted.excluded());
    }

    /** The input changed: its roles and candidate targets are found in the background. */
    private void inputChanged(InputTable table) {
        int load = ++loads;
        if (table == null) {
            roles = Map.of();
            loadedFor = load;
            targetChoices.clear();
            setTarget(null);
            return;
        }
        executor.execute(BackgroundTask.of(Messages.get("predict.task.columns", table.label()), progress -> {
            Map<String, ColumnRole> effective = ColumnRoles.effective(table.table(), table.roles(), progress);
            return new TableFacts(effective, TargetChoices.of(table.table(), effective),
                    TargetChoices.guess(table.table(), effective));
        }).onSuccess(facts -> {
            if (load != loads) {
                return;
            }
            roles = facts.roles();
            loadedFor = load;
            rebuilding = true;
            targetChoices.setAll(facts.targets());
            rebuilding = false;
            setTarget(facts.guess());
            if (pending != null) {
                Restore wanted = pending;
                pending = null;
                restoreNow(wanted);
            }
        }).onFailure(error -> {
            if (load == loads) {
                problem.set(ErrorText.of(error));
            }
        }));
    }

    private void setTarget(String value) {
        if (java.util.Objects.equals(value, target.get())) {
            targetChanged();
        } else {
            target.set(value);
        }
    }

    private void targetChanged() {
        InputTable table = input.getValue();
        rebuilding = true;
        Map<String, Boolean> before = new HashMap<>();
        features.forEach(item -> before.put(item.column(), item.selectedProperty().get()));
        features.forEach(item -> item.selectedProperty().removeListener(featureChanged));
        features.forEach(item -> item.fillProperty().removeListener(featureChanged));
        if (table == null || target.get() == null || !table.table().columnNames().contains(target.get())) {
            positiveChoices.clear();
            features.clear();
            positive.set(null);
        } else {
            List<String> values = TargetChoices.values(table.table().column(target.get()), 3);
            positiveChoices.setAll(values);
            positive.set(values.size() == 2 ? guessPositive(table, values) : values.isEmpty() ? null : values.get(0));
            features.setAll(FeatureOptions.of(table.table(), target.get(), roles).stream()
                    .map(option -> new FeatureItem(option, before.getOrDefault(option.column(), option.usual())))
                    .toList());
        }
        features.forEach(item -> item.selectedProperty().addListener(featureChanged));
        features.forEach(item -> item.fillProperty().addListener(featureChanged));
        rebuilding = false;
        check();
    }

    private String guessPositive(InputTable table, List<String> values) {
        try {
            return BinaryTarget.of(table.table(), target.get(), null).positiveLabel();
        } catch (BadInputException e) {
            String usual = BinaryTarget.usualPositive(values);
            return usual != null ? usual : values.get(0);
        }
    }

    /** Checks the setup in the background and shows its problem or leakage warnings. */
    private void check() {
        if (rebuilding) {
            return;
        }
        int check = ++checks;
        if (input.getValue() == null) {
            leakage.clear();
            problem.set(Messages.get("predict.page.noInput"));
            return;
        }
        if (loadedFor != loads) {
            return;
        }
        if (target.get() == null) {
            leakage.clear();
            problem.set(Messages.get("predict.page.noTarget"));
            return;
        }
        SetupInputs inputs = inputs();
        executor.execute(BackgroundTask.of(Messages.get("predict.task.check"), progress -> inputs.build())
                .onSuccess(setup -> {
                    if (check == checks) {
                        problem.set("");
                        showLeakage(setup.leakage());
                    }
                })
                .onFailure(error -> {
                    if (check == checks) {
                        showLeakage(List.of());
                        problem.set(ErrorText.of(error));
                    }
                }));
    }

    private void showLeakage(List<LeakageWarning> warnings) {
        leakage.setAll(warnings);
        for (FeatureItem item : features) {
            item.setLeakage(warnings.stream().filter(warning -> warning.feature().equals(item.column()))
                    .mapToDouble(LeakageWarning::singleFeatureAuc).findFirst().orElse(Double.NaN));
        }
    }

    /** What the page learned about an input in the background. */
    private record TableFacts(Map<String, ColumnRole> roles, List<String> targets, String guess) {
    }

    private record Restore(String target, String positive, List<String> features, List<String> excluded) {
    }
}
