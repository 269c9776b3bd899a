package org.marketingworkbench.ui.recommend;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.common.InputChooser;
import org.marketingworkbench.ui.common.PageHeader;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.shell.PageView;

/**
 * The Recommend page: input and Run/Cancel on top, the columns and sources, the settings, then
 * tabs for the evaluation against the baselines, one customer's recommendations, and segments.
 */
public final class RecommendView implements PageView {
    private final RecommendViewModel model;
    private final BorderPane root = new BorderPane();
    private final InputChooser input;
    private final Banner problem;
    private final RecommendSourcesPane sources;
    private final RecommendSettingsPane settings;
    private final RecommendEvaluationPane evaluation;
    private final RecommendCustomerPane customer;
    private final RecommendSegmentsPane segments;
    private final Button run = new Button(Messages.get("recommend.run"), new FontIcon(Feather.PLAY));
    private final Button cancel = new Button(Messages.get("recommend.cancel"));
    private final Button export = new Button(Messages.get("recommend.export.button"), new FontIcon(Feather.DOWNLOAD));
    private final Label stale = new Label(Messages.get("recommend.stale"));
    private final ProgressIndicator busy = new ProgressIndicator();
    private final ChangeListener<RecommendRun> runListener = (obs, old, current) -> evaluationShow(current);

    public RecommendView(RecommendViewModel model, ViewServices services) {
        this.model = model;
        input = new InputChooser(model.input());
        problem = new Banner(model.problemProperty());
        sources = new RecommendSourcesPane(model);
        sources.setExpanded(model.input().selectedProperty().get() != null && !model.mapping().complete());
        settings = new RecommendSettingsPane(model.settings());
        evaluation = new RecommendEvaluationPane(services);
        customer = new RecommendCustomerPane(model.lookup());
        segments = new RecommendSegmentsPane(model.segmentItems(), services.tables());

        run.setId("recommend-run");
        run.getStyleClass().add("accent");
        run.setOnAction(event -> model.run());
        run.disableProperty().bind(model.runningProperty());
        cancel.setOnAction(event -> model.cancel());
        cancel.visibleProperty().bind(model.runningProperty());
        busy.visibleProperty().bind(model.runningProperty());
        busy.setPrefSize(20, 20);
        export.setId("recommend-export");
        export.setOnAction(event -> model.exportRecommendations());
        export.disableProperty().bind(model.runProperty().isNull());
        stale.getStyleClass().add("text-warning");
        stale.visibleProperty().bind(model.staleProperty());
        stale.managedProperty().bind(model.staleProperty());

        TabPane tabs = new TabPane(new Tab(Messages.get("recommend.tab.evaluation"), evaluation),
                new Tab(Messages.get("recommend.tab.customer"), customer),
                new Tab(Messages.get("recommend.tab.segments"), segments));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox head = new VBox(8, new PageHeader("page.recommend.title", busy, cancel, run, export, input), problem,
                sources, settings, stale);
        root.setTop(head);
        root.setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(8, 0, 0, 0));
        root.getStyleClass().add("page");
        root.setId("recommend-page");
        model.runProperty().addListener(runListener);
        evaluationShow(model.runProperty().get());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        model.runProperty().removeListener(runListener);
        run.disableProperty().unbind();
        cancel.visibleProperty().unbind();
        busy.visibleProperty().unbind();
        export.disableProperty().unbind();
        stale.visibleProperty().unbind();
        stale.managedProperty().unbind();
        input.dispose(model.input());
        problem.dispose();
        sources.dispose();
        settings.dispose();
        evaluation.dispose();
        customer.dispose();
        segments.dispose();
    }

    private void evaluationShow(RecommendRun current) {
        evaluation.show(current);
    }
}
