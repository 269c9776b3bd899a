package org.marketingworkbench.ui.basket;

import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import org.marketingworkbench.ui.workspace.InputTable;

/**
 * The Baskets page: the input and its layout, the mining limits, the rules and itemsets on the
 * left, and on the right the scatter, the top items, what goes with an item and the cross-sell list.
 */
public final class BasketView implements PageView {
    private final BasketViewModel model;
    private final BorderPane root = new BorderPane();
    private final InputChooser input;
    private final Banner problem;
    private final BasketLayoutPane layout;
    private final BasketParametersBar parameters;
    private final BasketRulesPane rules;
    private final BasketScatterPane scatter;
    private final BasketSidePanes side;
    private final Label summary = new Label();

    public BasketView(BasketViewModel model, ViewServices services) {
        this.model = model;
        input = new InputChooser(model.input());
        problem = new Banner(model.problemProperty());
        layout = new BasketLayoutPane(model.mapping(), model.input());
        layout.setExpanded(!model.problemProperty().get().isEmpty() && model.input().selectedProperty().get() != null);
        parameters = new BasketParametersBar(model);
        rules = new BasketRulesPane(model.results(), services.tables());
        scatter = new BasketScatterPane(model.results(), services);
        side = new BasketSidePanes(model.results(), services, this::personal);
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);

        TabPane left = tabs(new Tab(Messages.get("basket.page.tab.rules"), rules),
                new Tab(Messages.get("basket.page.tab.itemsets"), side.itemsets()));
        TabPane right = tabs(new Tab(Messages.get("basket.page.tab.scatter"), scatter),
                new Tab(Messages.get("basket.page.tab.items"), side.topItems()),
                new Tab(Messages.get("basket.page.tab.together"), side.together()),
                new Tab(Messages.get("basket.page.tab.crossSell"), side.crossSell()));
        SplitPane body = new SplitPane(left, right);
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.56);

        VBox head = new VBox(8, new PageHeader("page.baskets.title", input), problem, layout, parameters, summary);
        root.setTop(head);
        root.setCenter(body);
        BorderPane.setMargin(body, new Insets(8, 0, 0, 0));
        root.getStyleClass().add("page");
        root.setId("baskets-page");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        input.dispose(model.input());
        problem.dispose();
        layout.dispose();
        parameters.dispose();
        rules.dispose();
        scatter.dispose();
        side.dispose();
        summary.textProperty().unbind();
    }

    /** The cross-sell list names customers: pseudonymised on export when the customer column holds personal data. */
    private Set<String> personal() {
        InputTable table = model.input().selectedProperty().get();
        String customer = model.mapping().customerProperty().get();
        return table != null && customer != null && table.personalColumns().contains(customer) ? Set.of("customer") : Set.of();
    }

    private static TabPane tabs(Tab... tabs) {
        TabPane pane = new TabPane(tabs);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pane;
    }
}
