package org.marketingworkbench.ui.recommend;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.recommend.CustomerView;
import org.marketingworkbench.recommend.Explanation;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.common.Tables;

/** One customer: type or choose an id, see what they bought and what is recommended, with the reasons. */
final class RecommendCustomerPane extends VBox {
    private final RecommendLookup lookup;
    private final ComboBox<String> customer = new ComboBox<>();
    private final Banner problem;

    RecommendCustomerPane(RecommendLookup lookup) {
        super(8);
        this.lookup = lookup;
        customer.setId("recommend-customer");
        customer.setEditable(true);
        customer.setPrefWidth(200);
        customer.setItems(lookup.suggestions());
        customer.valueProperty().bindBidirectional(lookup.customerProperty());
        problem = new Banner(lookup.problemProperty());

        TableView<CustomerView.Bought> history = new TableView<>(lookup.history());
        history.setId("recommend-history");
        history.getStyleClass().addAll("dense", "striped");
        history.getColumns().add(Tables.text(Messages.get("recommend.col.item"), CustomerView.Bought::item));
        history.getColumns().add(Tables.number(Messages.get("recommend.col.value"), CustomerView.Bought::value, "%,.4g"));
        history.getColumns().add(Tables.number(Messages.get("recommend.col.weight"), CustomerView.Bought::weight, "%.3f"));
        history.getColumns().add(Tables.text(Messages.get("recommend.col.date"),
                bought -> bought.date().map(Object::toString).orElse("")));
        history.getColumns().get(0).setPrefWidth(180);
        history.setPlaceholder(new Label(""));

        TableView<Explanation> recommended = new TableView<>(lookup.recommendations());
        recommended.setId("recommend-recommended");
        recommended.getStyleClass().addAll("dense", "striped");
        recommended.getColumns().add(Tables.number(Messages.get("recommend.col.rank"), e -> e.rank() + 1, "%d"));
        recommended.getColumns().add(Tables.text(Messages.get("recommend.col.item"), Explanation::name));
        recommended.getColumns().add(Tables.number(Messages.get("recommend.col.score"), Explanation::score, "%.3f"));
        recommended.getColumns().add(Tables.text(Messages.get("recommend.col.because"), Explanation::sentence));
        recommended.getColumns().get(0).setPrefWidth(50);
        recommended.getColumns().get(1).setPrefWidth(180);
        recommended.getColumns().get(3).setPrefWidth(420);
        recommended.setPlaceholder(new Label(""));

        SplitPane tables = new SplitPane(titled("recommend.lookup.history", history),
                titled("recommend.lookup.recommended", recommended));
        tables.setDividerPositions(0.35);
        VBox.setVgrow(tables, Priority.ALWAYS);
        getChildren().addAll(Labelled.pair("recommend.lookup.customer", customer), problem, tables);
    }

    void dispose() {
        customer.valueProperty().unbindBidirectional(lookup.customerProperty());
        customer.setItems(null);
        problem.dispose();
    }

    private static VBox titled(String key, TableView<?> table) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add("text-bold");
        VBox box = new VBox(4, title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
