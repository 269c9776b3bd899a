package org.marketingworkbench.ui.recommend;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.recommend.CustomerLookup;
import org.marketingworkbench.recommend.CustomerView;
import org.marketingworkbench.recommend.Explanation;
import org.marketingworkbench.recommend.IdDictionary;
import org.marketingworkbench.recommend.RecommendResult;

/**
 * One customer's history and recommendations with their reasons. The customer is typed or
 * chosen; suggestions are the ids that start with the typed text. A new run keeps the
 * customer when they are still in the data, else shows the first customer.
 */
public final class RecommendLookup {
    static final int SUGGESTIONS = 50;

    private final ReadOnlyObjectProperty<RecommendRun> run;
    private final StringProperty customer = new SimpleStringProperty(this, "customer", "");
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final ObservableList<CustomerView.Bought> history = FXCollections.observableArrayList();
    private final ObservableList<Explanation> recommendations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    RecommendLookup(ReadOnlyObjectProperty<RecommendRun> run) {
        this.run = run;
        customer.addListener((obs, old, id) -> show());
        run.addListener((obs, old, current) -> {
            if (current != null && current.result().interactions().users().indexOf(customer.get()) < 0) {
                IdDictionary users = current.result().interactions().users();
                customer.set(users.size() == 0 ? "" : users.name(0));
            }
            show();
        });
    }

    /** The customer id shown. */
    public StringProperty customerProperty() {
        return customer;
    }

    /** Up to {@value #SUGGESTIONS} customer ids that start with the typed text. */
    public ObservableList<String> suggestions() {
        return suggestions;
    }

    /** The customer's purchases, latest first. */
    public ObservableList<CustomerView.Bought> history() {
        return history;
    }

    /** The customer's recommendations, best first, each with "because you bought ...". */
    public ObservableList<Explanation> recommendations() {
        return recommendations;
    }

    /** Why nothing is shown (an unknown customer), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void show() {
        RecommendRun current = run.get();
        String id = customer.get() == null ? "" : customer.get().trim();
        if (current == null || id.isEmpty()) {
            clear("");
            return;
        }
        suggest(current.result(), id);
        try {
            CustomerView view = CustomerLookup.of(current.result().model(), current.result().recommendations(), id);
            problem.set("");
            history.setAll(view.history());
            recommendations.setAll(view.recommendations());
        } catch (BadInputException e) {
            clear(e.getMessage());
        }
    }

    private void suggest(RecommendResult result, String prefix) {
        IdDictionary users = result.interactions().users();
        List<String> matches = new java.util.ArrayList<>();
        for (int user = 0; user < users.size() && matches.size() < SUGGESTIONS; user++) {
            if (users.name(user).startsWith(prefix)) {
                matches.add(users.name(user));
            }
        }
        if (!matches.equals(suggestions)) {
            suggestions.setAll(matches);
        }
    }

    private void clear(String message) {
        problem.set(message);
        history.clear();
        recommendations.clear();
    }
}
