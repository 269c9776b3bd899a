package org.marketingworkbench.ui.predict;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.common.InputChooser;
import org.marketingworkbench.ui.common.PageHeader;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.shell.PageView;

/**
 * The Predict page: the setup and the model on the left, the results on the right in three
 * tabs (how good it is, why it predicts what it does, scoring other customers).
 */
public final class PredictView implements PageView {
    private final PredictViewModel model;
    private final BorderPane root = new BorderPane();
    private final InputChooser input;
    private final Banner problem;
    private final SetupPane setup;
    private final ModelPane modelPane;
    private final EvaluationPane evaluation;
    private final ExplainPane explain;
    private final ScoringPane scoring;

    public PredictView(PredictViewModel model, ViewServices services) {
        this.model = model;
        input = new InputChooser(model.input());
        problem = new Banner(model.problemProperty());
        setup = new SetupPane(model);
        modelPane = new ModelPane(model);
        evaluation = new EvaluationPane(model, services);
        explain = new ExplainPane(model, services);
        scoring = new ScoringPane(model, services);

        VBox left = new VBox(18, setup, modelPane);
        left.setPadding(new Insets(4, 12, 12, 4));
        ScrollPane scroll = new ScrollPane(left);
        scroll.setFitToWidth(true);
        BorderPane leftScroll = new BorderPane(scroll);
        leftScroll.setBottom(modelPane.actions());
        leftScroll.setMinWidth(360);
        leftScroll.setPrefWidth(470);
        leftScroll.getStyleClass().add("predict-side");
        TabPane results = new TabPane(tab("predict.page.tab.evaluation", evaluation, "predict-tab-evaluation"),
                tab("predict.page.tab.explain", explain, "predict-tab-explain"),
                tab("predict.page.tab.score", scoring, "predict-tab-score"));
        results.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        results.setId("predict-results");
        SplitPane body = new SplitPane(leftScroll, results);
        body.setDividerPositions(0.38);
        SplitPane.setResizableWithParent(leftScroll, false);

        javafx.scene.control.ToggleButton showSetup = new javafx.scene.control.ToggleButton(
                Messages.get("predict.page.showSetup"), new org.kordamp.ikonli.javafx.FontIcon(
                        org.kordamp.ikonli.feather.Feather.SIDEBAR));
        showSetup.setSelected(true);
        showSetup.setId("predict-show-setup");
        showSetup.selectedProperty().addListener((obs, old, shown) -> {
            if (shown) {
                body.getItems().add(0, leftScroll);
                body.setDividerPositions(0.38);
            } else {
                body.getItems().remove(leftScroll);
            }
        });
        VBox head = new VBox(8, new PageHeader("page.predict.title", showSetup, input), problem);
        root.setTop(head);
        root.setCenter(body);
        BorderPane.setMargin(body, new Insets(8, 0, 0, 0));
        root.getStyleClass().add("page");
        root.setId("predict-page");
        root.getStylesheets().add(PredictView.class.getResource("predict.css").toExternalForm());
    }

    private static Tab tab(String key, Node content, String id) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(id);
        if (content instanceof javafx.scene.layout.Region region) {
            region.setPadding(new Insets(8));
        }
        return tab;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        input.dispose(model.input());
        problem.dispose();
        setup.dispose();
        modelPane.dispose();
        evaluation.dispose();
        explain.dispose();
        scoring.dispose();
    }
}
