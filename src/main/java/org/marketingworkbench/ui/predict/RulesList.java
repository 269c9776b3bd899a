package org.marketingworkbench.ui.predict;

import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.PredictTables;
import org.marketingworkbench.predict.PredictionResult;
import org.marketingworkbench.predict.explain.Rule;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.table.TableExportButton;

/** The tree's rules as plain sentences, the groups with the most buyers first. */
final class RulesList extends VBox {
    private final ListView<Rule> list = new ListView<>();
    private PredictionResult result;

    RulesList(ViewServices services) {
        super(6);
        list.setId("predict-rules");
        list.setCellFactory(view -> new RuleCell());
        list.setPlaceholder(new Label(Messages.get("predict.page.noRules")));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label(Messages.get("predict.page.rules"));
        title.getStyleClass().add("title-4");
        TableExportButton export = new TableExportButton(services.tables(),
                () -> result == null ? tech.tablesaw.api.Table.create("rules") : PredictTables.rules(result),
                () -> "predict-rules", java.util.Set::of);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, export);
        getChildren().addAll(head, SetupPane.muted(Messages.get("predict.page.rulesHint")), list);
    }

    void show(PredictionResult shown) {
        result = shown;
        List<Rule> rules = shown == null ? List.of() : shown.rules().stream()
                .sorted(Comparator.comparingDouble(Rule::buyerShare).reversed()
                        .thenComparing(Comparator.comparingLong(Rule::customers).reversed()))
                .toList();
        list.getItems().setAll(rules);
    }

    /** A sentence with a marker: filled for rules that predict a purchase. */
    private static final class RuleCell extends ListCell<Rule> {
        @Override
        protected void updateItem(Rule rule, boolean empty) {
            super.updateItem(rule, empty);
            getStyleClass().removeAll("buys");
            if (empty || rule == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label text = new Label(rule.sentence());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(getListView().widthProperty().subtract(48));
            Region marker = new Region();
            marker.getStyleClass().add("predict-rule-marker");
            HBox row = new HBox(8, marker, text);
            if (rule.predictedClass() == 1) {
                getStyleClass().add("buys");
            }
            setText(null);
            setGraphic(row);
        }
    }
}
