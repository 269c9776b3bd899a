package org.marketingworkbench.ui.segment;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.segment.MissingValues;
import org.marketingworkbench.segment.SegmentCharts;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.ui.chart.ChartPane;
import org.marketingworkbench.ui.common.Banner;
import org.marketingworkbench.ui.common.InputChooser;
import org.marketingworkbench.ui.common.PageHeader;
import org.marketingworkbench.ui.common.ViewServices;
import org.marketingworkbench.ui.shell.PageView;

/**
 * The Segments page: the setup on the left; on the right the headline and the ways to use the
 * result, then tabs for choosing k, the segments (sizes and cards), the profiles, the map and
 * the comparisons.
 */
public final class SegmentView implements PageView {
    private static final String STYLESHEET = SegmentView.class.getResource("segment.css").toExternalForm();

    private final SegmentViewModel model;
    private final BorderPane root = new BorderPane();
    private final Subscriptions subscriptions = new Subscriptions();
    private final InputChooser input;
    private final Banner problem;
    private final SetupPane setup;
    private final ResultBar resultBar;
    private final KChooserPane chooser;
    private final CardsPane cards;
    private final ProfilePane profiles;
    private final ComparePane compare;
    private final ChartPane sizes;
    private final ChartPane map;

    public SegmentView(SegmentViewModel model, ViewServices services) {
        this.model = model;
        input = new InputChooser(model.input());
        problem = new Banner(model.problemProperty());
        setup = new SetupPane(model);
        resultBar = new ResultBar(model, services);
        chooser = new KChooserPane(model, services);
        cards = new CardsPane(model);
        profiles = new ProfilePane(model, services);
        compare = new ComparePane(model, services);
        sizes = new ChartPane(services.charts(), services.theme());
        sizes.setId("segment-sizes-chart");
        map = new ChartPane(services.charts(), services.theme());
        map.setId("segment-map");

        SplitPane segments = new SplitPane(sizes, cards);
        segments.setOrientation(javafx.geometry.Orientation.VERTICAL);
        segments.setDividerPositions(0.36);
        TabPane tabs = new TabPane(tab("segment.tab.k", chooser), tab("segment.tab.segments", segments),
                tab("segment.tab.profiles", profiles), tab("segment.tab.map", map), tab("segment.tab.compare", compare));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("segment-tabs");
        if (model.sweepProperty().get() == null && model.resultProperty().get() != null) {
            tabs.getSelectionModel().select(1);
        }
        // a result without a sweep (a reopened project, a typed k) has nothing for "Choosing k": show the segments
        subscriptions.onChange(model.resultProperty(), (obs, old, result) -> {
            if (result != null && model.sweepProperty().get() == null && tabs.getSelectionModel().getSelectedIndex() == 0) {
                tabs.getSelectionModel().select(1);
            }
        });
        VBox right = new VBox(8, resultBar, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        ScrollPane setupScroll = new ScrollPane(setup);
        setupScroll.setFitToWidth(true);
        setupScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setupScroll.getStyleClass().add("edge-to-edge");
        setupScroll.setPrefWidth(300);
        setupScroll.setMinWidth(260);
        SplitPane body = new SplitPane(setupScroll, right);
        body.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(setupScroll, false);

        root.setTop(new VBox(8, new PageHeader("page.segments.title", input), problem, missingQuestion()));
        root.setCenter(body);
        BorderPane.setMargin(body, new Insets(8, 0, 0, 0));
        root.getStyleClass().addAll("page", "segment-page");
        root.getStylesheets().add(STYLESHEET);
        root.setId("segments-page");
        subscriptions.onChange(model.resultProperty(), (obs, old, result) -> show(result));
        show(model.resultProperty().get());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        subscriptions.release();
        input.dispose(model.input());
        problem.dispose();
        setup.dispose();
        resultBar.dispose();
        chooser.dispose();
        cards.dispose();
        profiles.dispose();
        compare.dispose();
        sizes.dispose();
        map.dispose();
    }

    private static Tab tab(String key, Node content) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(key.replace('.', '-'));
        return tab;
    }

    /** "Drop those rows" or "Fill with the mean": shown when a run stopped at missing values. */
    private HBox missingQuestion() {
        Button drop = new Button(Messages.get("segment.missing.answerDrop"));
        drop.setId("segment-missing-drop");
        drop.setOnAction(event -> model.answerMissing(MissingValues.DROP));
        Button fill = new Button(Messages.get("segment.missing.answerMean"));
        fill.setId("segment-missing-mean");
        fill.setOnAction(event -> model.answerMissing(MissingValues.MEAN));
        HBox box = new HBox(8, new Label(Messages.get("segment.missing.question")), drop, fill);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("segment-question");
        subscriptions.bind(box.visibleProperty(), model.missingQuestionProperty());
        subscriptions.bind(box.managedProperty(), model.missingQuestionProperty());
        return box;
    }

    private void show(SegmentationResult result) {
        if (result == null) {
            sizes.setChart(null, "segment-sizes");
            map.setChart(null, "segment-map");
            return;
        }
        sizes.setChart(style -> SegmentCharts.sizes(result, style), "segment-sizes");
        map.setChart(style -> SegmentCharts.map(result, style), "segment-map");
    }
}
