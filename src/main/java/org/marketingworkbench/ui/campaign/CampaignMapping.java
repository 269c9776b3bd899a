package org.marketingworkbench.ui.campaign;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.campaign.CampaignColumns;
import org.marketingworkbench.ui.workspace.InputTable;

/** Which column plays which role, editable by the user; guessed from the headers when the table changes. */
public final class CampaignMapping {
    /** The roles in the order the page lists them. */
    public static final List<String> ROLES =
            List.of("name", "channel", "segment", "reach", "engagements", "conversions", "cost", "revenue");

    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final List<StringProperty> properties = ROLES.stream()
            .map(role -> (StringProperty) new SimpleStringProperty(this, role)).toList();
    private boolean guessing;
    private Runnable changed = () -> { };

    /** The column names of the input table (the choices). */
    public ObservableList<String> choices() {
        return columns;
    }

    /** The column of {@code role} (one of {@link #ROLES}); null or empty when none. */
    public StringProperty column(String role) {
        return properties.get(ROLES.indexOf(role));
    }

    /** Calls {@code listener} once after any mapping change made by the user. */
    public void addListener(Runnable listener) {
        changed = listener;
        properties.forEach(property -> property.addListener((obs, old, value) -> {
            if (!guessing) {
                listener.run();
            }
        }));
    }

    public CampaignColumns mapping() {
        return new CampaignColumns(get(0), get(1), get(2), get(3), get(4), get(5), get(6), get(7));
    }

    /** Takes the columns of a saved mapping (null roles keep their current column), as one change. */
    public void apply(CampaignColumns saved) {
        List<String> values = java.util.Arrays.asList(saved.name(), saved.channel(), saved.segment(), saved.reach(),
                saved.engagements(), saved.conversions(), saved.cost(), saved.revenue());
        guessing = true;
        try {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    properties.get(i).set(values.get(i));
                }
            }
        } finally {
            guessing = false;
        }
        changed.run();
    }

    void guess(InputTable table) {
        guessing = true;
        try {
            columns.setAll(table == null ? List.of() : table.table().columnNames());
            CampaignColumns guess = CampaignColumns.guess(columns);
            List<String> values = List.of(nonNull(guess.name()), nonNull(guess.channel()), nonNull(guess.segment()),
                    nonNull(guess.reach()), nonNull(guess.engagements()), nonNull(guess.conversions()),
                    nonNull(guess.cost()), nonNull(guess.revenue()));
            for (int i = 0; i < values.size(); i++) {
                properties.get(i).set(values.get(i));
            }
        } finally {
            guessing = false;
        }
    }

    private String get(int index) {
        String value = properties.get(index).get();
        return value == null || value.isEmpty() ? null : value;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
