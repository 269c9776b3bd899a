package org.marketingworkbench.ui.explore;

import javafx.geometry.Insets;
import javafx.scene.Node;
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

/** The Explore page: column statistics, one column's distribution, the pivot table and the correlation heat map, one tab each. */
public final class ExploreView implements PageView {
    private final ExploreViewModel model;
    private final BorderPane root = new BorderPane();
    private final InputChooser input;
    private final Banner problem;
    private final StatisticsPane statistics;
    private final DistributionPane distribution;
    private final PivotPane pivot;
    private final CorrelationPane correlation;
    private final PairPane pair;

    public ExploreView(ExploreViewModel model, ViewServices services) {
        this.model = model;
        input = new InputChooser(model.input());
        problem = new Banner(model.problemProperty());
        statistics = new StatisticsPane(model, services.tables());
        distribution = new DistributionPane(model, services);
        pivot = new PivotPane(model, services.tables());
        correlation = new CorrelationPane(model, services);
        pair = new PairPane(model);
        TabPane tabs = new TabPane(new Tab(Messages.get("explore.tab.statistics"), statistics),
                new Tab(Messages.get("explore.tab.distribution"), distribution),
                new Tab(Messages.get("explore.tab.pivot"), pivot),
                new Tab(Messages.get("explore.tab.correlation"), correlation),
                new Tab(Messages.get("explore.tab.pair"), pair));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("explore-tabs");
        root.setTop(new VBox(8, new PageHeader("page.explore.title", input), problem));
        root.setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(8, 0, 0, 0));
        root.getStyleClass().add("page");
        root.setId("explore-page");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        input.dispose(model.input());
        problem.dispose();
        statistics.dispose();
        distribution.dispose();
        pivot.dispose();
        correlation.dispose();
        pair.dispose();
    }
}
