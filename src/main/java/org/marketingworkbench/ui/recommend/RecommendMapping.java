package org.marketingworkbench.ui.recommend;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.recommend.ColumnGuess;
import org.marketingworkbench.recommend.InteractionColumns;
import org.marketingworkbench.ui.workspace.InputTable;

/**
 * Which columns hold the customer, the item, the optional value and date, and whether the
 * value is used (explicit data) or every pair counts 1 (implicit); guessed when the table changes.
 */
public final class RecommendMapping {
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty item = new SimpleStringProperty(this, "item", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final BooleanProperty explicit = new SimpleBooleanProperty(this, "explicit", false);

    /** The column names of the input table. */
    public ObservableList<String> choices() {
        return choices;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty itemProperty() {
        return item;
    }

    /** The value column (quantity, rating, spend); used only when {@link #explicitProperty()} is true. */
    public StringProperty valueProperty() {
        return value;
    }

    /** The date column, or empty: needed to hold out the last interaction and for decay. */
    public StringProperty dateProperty() {
        return date;
    }

    /** True to weigh each pair by its value; false to count every purchase as 1. */
    public BooleanProperty explicitProperty() {
        return explicit;
    }

    /** The chosen columns; the value only for explicit data. */
    public InteractionColumns columns() {
        return InteractionColumns.of(user.get(), item.get()).withValue(explicit.get() ? blankToNull(value.get()) : null)
                .withDate(blankToNull(date.get()));
    }

    /** True when customer and item are chosen. */
    public boolean complete() {
        return !user.get().isEmpty() && !item.get().isEmpty();
    }

    /** Takes the saved columns (null or empty keeps the current choice). */
    public void apply(String savedUser, String savedItem, String savedValue, String savedDate, boolean savedExplicit) {
        setIfGiven(user, savedUser);
        setIfGiven(item, savedItem);
        setIfGiven(value, savedValue);
        date.set(savedDate == null ? "" : savedDate);
        explicit.set(savedExplicit);
    }

    void guess(InputTable table) {
        choices.setAll(table == null ? List.of() : table.table().columnNames());
        if (table == null) {
            List.of(user, item, value, date).forEach(property -> property.set(""));
            return;
        }
        InteractionColumns guess = ColumnGuess.interactions(table.table(), table.roles());
        user.set(orEmpty(guess.user()));
        item.set(orEmpty(guess.item()));
        value.set(guess.value().orElse(""));
        date.set(guess.date().orElse(""));
        explicit.set(false);
    }

    private static void setIfGiven(StringProperty property, String saved) {
        if (saved != null && !saved.isEmpty()) {
            property.set(saved);
        }
    }

    private static String orEmpty(String text) {
        return Optional.ofNullable(text).orElse("");
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
