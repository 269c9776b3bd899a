package org.marketingworkbench.ui.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.project.SegmentParameters;
import org.marketingworkbench.segment.FeatureSelection;
import org.marketingworkbench.segment.KMeansOptions;
import org.marketingworkbench.segment.MissingValues;
import org.marketingworkbench.segment.MoneyColumns;
import org.marketingworkbench.segment.Scaling;
import org.marketingworkbench.segment.SegmentationParameters;
import org.marketingworkbench.ui.workspace.InputTable;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What the user sets up before a run: the features, scaling, k and the k range, seed, restarts,
 * what to do with missing values, and the money column for revenue share.
 */
public final class SegmentSetup {
    public static final int DEFAULT_K = 4;
    public static final int DEFAULT_FROM_K = 2;
    public static final int DEFAULT_TO_K = 12;

    private final ObservableList<FeatureChoice> features = FXCollections.observableArrayList();
    private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(this, "scaling", Scaling.ZSCORE);
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", DEFAULT_K);
    private final IntegerProperty fromK = new SimpleIntegerProperty(this, "fromK", DEFAULT_FROM_K);
    private final IntegerProperty toK = new SimpleIntegerProperty(this, "toK", DEFAULT_TO_K);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final IntegerProperty restarts = new SimpleIntegerProperty(this, "restarts", KMeansOptions.DEFAULT_RESTARTS);
    private final ObjectProperty<MissingValues> missing = new SimpleObjectProperty<>(this, "missing", MissingValues.ASK);
    private final ObservableList<String> moneyChoices = FXCollections.observableArrayList();
    private final StringProperty moneyColumn = new SimpleStringProperty(this, "moneyColumn", "");
    private final ReadOnlyIntegerWrapper missingRows = new ReadOnlyIntegerWrapper(this, "missingRows");
    private final ReadOnlyStringWrapper missingColumns = new ReadOnlyStringWrapper(this, "missingColumns", "");
    private final List<Runnable> listeners = new ArrayList<>();
    private final ChangeListener<Object> changed = (obs, old, value) -> changed();
    private Table table;

    SegmentSetup() {
        scaling.addListener(changed);
        k.addListener(changed);
        fromK.addListener(changed);
        toK.addListener(changed);
        seed.addListener(changed);
        restarts.addListener(changed);
        missing.addListener(changed);
        moneyColumn.addListener(changed);
    }

    /** The columns of the input, numbers and categories; ids and personal data are not chosen. */
    public ObservableList<FeatureChoice> features() {
        return features;
    }

    public ObjectProperty<Scaling> scalingProperty() {
        return scaling;
    }

    /** The number of segments of a run. */
    public IntegerProperty kProperty() {
        return k;
    }

    public IntegerProperty fromKProperty() {
        return fromK;
    }

    public IntegerProperty toKProperty() {
        return toK;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public IntegerProperty restartsProperty() {
        return restarts;
    }

    /** ASK until the user decides; a run with missing values then stops and the page asks. */
    public ObjectProperty<MissingValues> missingProperty() {
        return missing;
    }

    /** The numeric columns (money columns first), and "" for none. */
    public ObservableList<String> moneyChoices() {
        return moneyChoices;
    }

    /** The column whose total is split by segment, "" for none. */
    public StringProperty moneyColumnProperty() {
        return moneyColumn;
    }

    /** Rows with a missing value in a chosen feature. */
    public ReadOnlyIntegerProperty missingRowsProperty() {
        return missingRows.getReadOnlyProperty();
    }

    /** The chosen features that have missing values, comma-separated. */
    public ReadOnlyStringProperty missingColumnsProperty() {
        return missingColumns.getReadOnlyProperty();
    }

    /** Calls {@code listener} after any change of the setup. */
    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The parameters of a run with the current setup. */
    SegmentationParameters parameters() {
        List<String> numeric = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (FeatureChoice choice : features) {
            if (choice.isSelected()) {
                (choice.kind() == FeatureChoice.Kind.NUMBER ? numeric : categories).add(choice.column());
            }
        }
        FeatureSelection selection = new FeatureSelection(numeric, categories, scaling.get(), missing.get());
        KMeansOptions options = KMeansOptions.of(k.get(), seed.get()).withRestarts(restarts.get());
        String money = moneyColumn.get();
        return new SegmentationParameters(selection, options,
                money == null || money.isEmpty() ? Optional.empty() : Optional.of(money));
    }

    /** Lists the columns of {@code input} (none when null), with the default choices. */
    void load(InputTable input) {
        table = input == null ? null : input.table();
        List<FeatureChoice> choices = input == null ? List.of() : FeatureChoices.of(input);
        for (FeatureChoice choice : choices) {
            choice.selectedProperty().addListener((obs, old, value) -> {
                updateMissing();
                changed();
            });
        }
        List<String> money = new ArrayList<>();
        if (table != null) {
            money.addAll(MoneyColumns.of(table));
            for (Column<?> column : table.columns()) {
                if (column instanceof NumericColumn<?> && !money.contains(column.name())) {
                    money.add(column.name());
                }
            }
        }
        List<String> moneyWithNone = new ArrayList<>(money);
        moneyWithNone.add(0, "");
        moneyChoices.setAll(moneyWithNone);
        moneyColumn.set(table == null ? "" : MoneyColumns.of(table).stream().findFirst().orElse(""));
        missing.set(MissingValues.ASK);
        features.setAll(choices);
        updateMissing();
    }

    /**
     * Takes the choices stored in a project: the stored features are chosen (those the table no
     * longer has are skipped), every other setting as stored.
     */
    void apply(SegmentParameters stored) {
        for (FeatureChoice choice : features) {
            List<String> chosen = choice.kind() == FeatureChoice.Kind.NUMBER ? stored.numeric() : stored.categories();
            choice.setSelected(chosen.contains(choice.column()));
        }
        scaling.set(Scaling.parse(stored.scaling()));
        missing.set(stored.missingValues());
        fromK.set(stored.fromK());
        toK.set(stored.toK());
        k.set(stored.k());
        seed.set(stored.seed().intValue());
        restarts.set(stored.restarts());
        moneyColumn.set(stored.money() != null && moneyChoices.contains(stored.money()) ? stored.money() : "");
    }

    private void updateMissing() {
        List<Column<?>> chosen = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (FeatureChoice choice : features) {
            if (choice.isSelected() && choice.missing() > 0) {
                chosen.add(table.column(choice.column()));
                names.add(choice.column());
            }
        }
        int rows = 0;
        if (!chosen.isEmpty()) {
            for (int row = 0; row < table.rowCount(); row++) {
                for (Column<?> column : chosen) {
                    if (column.isMissing(row)) {
                        rows++;
                        break;
                    }
                }
            }
        }
        missingRows.set(rows);
        missingColumns.set(String.join(", ", names));
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
