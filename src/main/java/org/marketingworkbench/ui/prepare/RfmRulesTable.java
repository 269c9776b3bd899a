package org.marketingworkbench.ui.prepare;

import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.prepare.rfm.RfmSegments;
import org.marketingworkbench.ui.common.Tables;

/** The rule table that names RFM segments, with how many customers each segment holds now. */
final class RfmRulesTable extends VBox {
    private final PrepareViewModel model;
    private final TableView<RfmSegments.Rule> table = new TableView<>(FXCollections.observableArrayList(RfmSegments.rules()));
    private long[] counts = new long[0];

    RfmRulesTable(PrepareViewModel model) {
        super(4);
        this.model = model;
        Label title = new Label(Messages.get("prepare.rfm.rulesTitle"));
        title.getStyleClass().add("text-bold");
        Label explanation = new Label(Messages.get("prepare.rfm.rulesExplanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add("text-muted");
        table.getStyleClass().addAll("dense", "striped");
        table.setId("prepare-rfm-rules");
        table.getColumns().add(Tables.text(Messages.get("prepare.rfm.segment"), rule -> rule.segment().displayName()));
        table.getColumns().add(Tables.text("R", rule -> range(rule.recencyFrom(), rule.recencyTo())));
        table.getColumns().add(Tables.text("FM", rule -> range(rule.frequencyMonetaryFrom(), rule.frequencyMonetaryTo())));
        table.getColumns().add(Tables.number(Messages.get("prepare.rfm.customers"),
                rule -> count(RfmSegments.rules().indexOf(rule)), "%,d"));
        table.getColumns().add(Tables.text(Messages.get("prepare.rfm.advice"), rule -> rule.segment().advice()));
        table.getColumns().get(0).setPrefWidth(130);
        table.getColumns().get(1).setPrefWidth(50);
        table.getColumns().get(2).setPrefWidth(50);
        table.getColumns().get(4).setPrefWidth(520);
        table.setPrefHeight(330);
        getChildren().addAll(title, explanation, table);
    }

    /** Counts the customers of each segment in the current prepared table. */
    void refresh() {
        counts = model.ruleCounts();
        table.refresh();
    }

    private long count(int rule) {
        return rule < counts.length ? counts[rule] : 0;
    }

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
