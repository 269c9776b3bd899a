package org.marketingworkbench.ui.segment;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One column the user can segment on: a number, or a category to one-hot encode. Columns that
 * cannot be used (free text with too many values) are listed but not available, with the reason.
 */
public final class FeatureChoice {
    /** How the column enters the segmentation. */
    public enum Kind {
        NUMBER, CATEGORY
    }

    private final String column;
    private final Kind kind;
    private final String note;
    private final boolean available;
    private final int missing;
    private final BooleanProperty selected;

    /**
     * @param note      why it is not chosen by default, or what it is ("identifier", "12 values"), or ""
     * @param available false when it cannot be chosen
     * @param missing   the number of rows where it has no value
     */
    FeatureChoice(String column, Kind kind, String note, boolean available, int missing, boolean selected) {
        this.column = column;
        this.kind = kind;
        this.note = note;
        this.available = available;
        this.missing = missing;
        this.selected = new SimpleBooleanProperty(this, "selected", selected && available);
    }

    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    public String note() {
        return note;
    }

    public boolean available() {
        return available;
    }

    public int missing() {
        return missing;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value && available);
    }
}
