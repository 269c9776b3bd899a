package org.marketingworkbench.ui.predict;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.predict.setup.FeatureKind;
import org.marketingworkbench.predict.setup.FeatureOptions;
import org.marketingworkbench.predict.setup.MissingFill;

/** One row of the feature check list: whether the column is used and how its missing values are filled. */
public final class FeatureItem {
    private final FeatureOptions.Option option;
    private final BooleanProperty selected;
    private final ObjectProperty<MissingFill> fill;
    private final ReadOnlyDoubleWrapper leakage = new ReadOnlyDoubleWrapper(this, "leakage", Double.NaN);

    FeatureItem(FeatureOptions.Option option, boolean selected) {
        this.option = option;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
        this.fill = new SimpleObjectProperty<>(this, "fill", usualFill());
    }

    public String column() {
        return option.column();
    }

    public FeatureKind kind() {
        return option.kind();
    }

    public ColumnRole role() {
        return option.role();
    }

    /** Whether the column is used unless the user says otherwise (false for personal data, ids, targets). */
    public boolean usual() {
        return option.usual();
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public ObjectProperty<MissingFill> fillProperty() {
        return fill;
    }

    /** The fills this column allows: categories only the mode, numbers mean, median or mode. */
    public java.util.List<MissingFill> fills() {
        return option.kind() == FeatureKind.CATEGORY ? java.util.List.of(MissingFill.MODE)
                : java.util.List.of(MissingFill.MEAN, MissingFill.MEDIAN, MissingFill.MODE);
    }

    /** The single-feature AUC when the leakage check flagged this column, else NaN. */
    public ReadOnlyDoubleProperty leakageProperty() {
        return leakage.getReadOnlyProperty();
    }

    void setLeakage(double auc) {
        leakage.set(auc);
    }

    private MissingFill usualFill() {
        return option.kind() == FeatureKind.NUMBER ? MissingFill.MEAN : MissingFill.MODE;
    }
}
