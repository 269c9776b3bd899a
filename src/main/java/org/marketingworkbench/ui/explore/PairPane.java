package org.marketingworkbench.ui.explore;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.marketingworkbench.explore.PairRule;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Banner;

/** The quick pair check tab: two 0/1 columns in, the rule "A and B" out in words and figures. */
final class PairPane extends VBox {
    private final PairViewModel model;
    private final ColumnBox first;
    private final ColumnBox second;
    private final Banner problem;
    private final Label answer = new Label();
    private final ChangeListener<PairRule> shown = (obs, old, rule) -> show(rule);

    PairPane(ExploreViewModel page) {
        super(10);
        this.model = page.pair();
        first = new ColumnBox("explore-pair-first", page.numberColumns(), model.firstProperty(), false);
        second = new ColumnBox("explore-pair-second", page.numberColumns(), model.secondProperty(), false);
        problem = new Banner(model.problemProperty());
        Label help = new Label(Messages.get("explore.pair.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        answer.setWrapText(true);
        answer.setId("explore-pair-answer");
        answer.getStyleClass().add("text-bold");
        HBox controls = new HBox(8, new Label(Messages.get("explore.pair.first")), first,
                new Label(Messages.get("explore.pair.second")), second);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(help, controls, problem, answer);
        setPadding(new Insets(12, 0, 0, 0));
        model.resultProperty().addListener(shown);
        show(model.resultProperty().get());
    }

    private void show(PairRule rule) {
        answer.setText(rule == null ? "" : Messages.get("explore.pair.answer", rule.first(), rule.second(),
                rule.bothCount(), rule.rows(), rule.support(), rule.confidence(), rule.lift()));
    }

    void dispose() {
        model.resultProperty().removeListener(shown);
        first.dispose();
        second.dispose();
        problem.dispose();
    }
}
