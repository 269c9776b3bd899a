package org.marketingworkbench.ui.predict;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.transform.Scale;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.chart.Palette;
import org.marketingworkbench.i18n.Messages;
import org.marketingworkbench.predict.explain.TreeNode;
import org.marketingworkbench.predict.setup.BinaryTarget;

/**
 * The decision tree as a zoomable diagram: per node its split, the customers that reach it and
 * their share of buyers, coloured from pale (few buyers) to deep blue (the most buyers in the tree).
 * Ctrl + mouse wheel or the buttons zoom; deep trees show their first levels, more on request.
 */
final class TreeDiagramView extends BorderPane {
    /** Nodes drawn by default; deeper levels are added with the "levels" spinner. */
    private static final int DEFAULT_NODES = 15;
    /** The smallest zoom the diagram opens with: smaller text is not readable. */
    private static final double MIN_FIT = 0.8;
    private static final double MIN_ZOOM = 0.2;
    private static final double MAX_ZOOM = 3;

    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final Pane canvas = new Pane();
    private final Spinner<Integer> levels = new Spinner<>(1, 40, 1);
    private final Label legend = new Label();
    private final ScrollPane scroll;
    private TreeNode root;
    private BinaryTarget target;
    /** A fit asked for while the diagram had no size yet (its tab not shown): done once it has one. */
    private boolean fitPending;

    TreeDiagramView() {
        Scale scale = new Scale();
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        canvas.getTransforms().add(scale);
        canvas.getStyleClass().add("predict-tree-canvas");
        scroll = new ScrollPane(new Group(canvas));
        scroll.setPannable(true);
        scroll.getStyleClass().add("predict-tree-scroll");
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, event -> {
            if (event.isShortcutDown()) {
                zoomBy(event.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
                event.consume();
            }
        });
        levels.valueProperty().addListener((obs, old, value) -> draw());
        scroll.viewportBoundsProperty().addListener((obs, old, bounds) -> {
            if (fitPending && bounds.getWidth() > 0) {
                fit();
            }
        });
        levels.setPrefWidth(70);
        setTop(toolbar());
        setCenter(scroll);
        setId("predict-tree");
    }

    /** Shows a tree (null: none) for a target's labels. */
    void show(TreeNode tree, BinaryTarget labels) {
        root = tree;
        target = labels;
        if (tree != null) {
            levels.getValueFactory().setValue(TreeLayout.levelsWithin(tree, DEFAULT_NODES));
        }
        draw();
        fit();
    }

    /** Zooms so the shown levels fit the width (not below a readable size) and centres the root. */
    private void fit() {
        if (root == null) {
            return;
        }
        List<TreeLayout.Placed> placed = TreeLayout.of(root, levels.getValue());
        double width = TreeLayout.width(placed) + 32;
        double available = scroll.getViewportBounds().getWidth();
        fitPending = available <= 0;
        if (fitPending) {
            return;
        }
        zoom.set(Math.max(MIN_FIT, Math.min(1, available / width)));
        double rootCentre = placed.get(0).x() + TreeLayout.NODE_WIDTH / 2;
        // after the next layout pass the content has its scaled size: the root in the middle, the top shown
        javafx.application.Platform.runLater(() -> {
            double content = canvas.getBoundsInParent().getWidth();
            double viewport = scroll.getViewportBounds().getWidth();
            double share = content <= viewport ? 0.5 : (rootCentre * zoom.get() - viewport / 2) / (content - viewport);
            scroll.setHvalue(scroll.getHmin() + Math.max(0, Math.min(1, share)) * (scroll.getHmax() - scroll.getHmin()));
            scroll.setVvalue(scroll.getVmin());
        });
    }

    private HBox toolbar() {
        Button smaller = iconButton(Feather.ZOOM_OUT, "predict.page.zoomOut", () -> zoomBy(1 / 1.25));
        Button larger = iconButton(Feather.ZOOM_IN, "predict.page.zoomIn", () -> zoomBy(1.25));
        Button actual = iconButton(Feather.MAXIMIZE, "predict.page.zoomFit", this::fit);
        legend.getStyleClass().addAll("text-small", "text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, smaller, larger, actual, new Label(Messages.get("predict.page.levels")), levels, spacer,
                legend);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("chart-toolbar");
        return bar;
    }

    private static Button iconButton(Feather icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat", "small");
        button.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void zoomBy(double factor) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor)));
    }

    private void draw() {
        canvas.getChildren().clear();
        if (root == null) {
            legend.setText("");
            return;
        }
        List<TreeLayout.Placed> placed = TreeLayout.of(root, levels.getValue());
        double highest = placed.stream().mapToDouble(p -> p.node().buyerShare()).max().orElse(1);
        legend.setText(Messages.get("predict.page.treeLegend", percent(highest)));
        for (TreeLayout.Placed node : placed) {
            if (node.parent() != null) {
                canvas.getChildren().addAll(edge(node));
            }
        }
        for (TreeLayout.Placed node : placed) {
            canvas.getChildren().add(box(node, highest <= 0 ? 0 : node.node().buyerShare() / highest));
        }
    }

    private List<javafx.scene.Node> edge(TreeLayout.Placed node) {
        double fromX = node.parent().x() + TreeLayout.NODE_WIDTH / 2;
        double fromY = node.parent().y() + TreeLayout.NODE_HEIGHT;
        double toX = node.x() + TreeLayout.NODE_WIDTH / 2;
        double toY = node.y();
        Line line = new Line(fromX, fromY, toX, toY);
        line.getStyleClass().add("predict-tree-edge");
        Label label = new Label(Messages.get(node.holds() ? "predict.page.branchYes" : "predict.page.branchNo"));
        label.getStyleClass().addAll("predict-tree-branch", "text-small");
        label.relocate((fromX + toX) / 2 + (node.holds() ? -28 : 6), (fromY + toY) / 2 - 10);
        return List.of(line, label);
    }

    private VBox box(TreeLayout.Placed placed, double shade) {
        TreeNode node = placed.node();
        Label title = new Label(node.leaf() ? Messages.get("predict.page.leaf",
                Messages.get(node.predictedClass() == 1 ? "predict.rule.buys" : "predict.rule.doesNotBuy"))
                : node.splitText());
        title.getStyleClass().add("text-bold");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label customers = new Label(Messages.get("predict.page.nodeCustomers", node.customers()));
        Label buyers = new Label(Messages.get("predict.page.nodeBuyers", percent(node.buyerShare()), node.buyers()));
        VBox box = new VBox(1, title, customers, buyers);
        if (placed.hidden() > 0) {
            Label more = new Label(Messages.get("predict.page.hiddenNodes", placed.hidden()));
            more.getStyleClass().add("text-small");
            box.getChildren().add(more);
        }
        Color fill = Palette.sequential(0.08 + 0.82 * shade);
        boolean dark = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue() < 140;
        // the colour is data (the share of buyers), so it is set here rather than in the stylesheet
        box.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgb(%d,%d,%d);", fill.getRed(), fill.getGreen(),
                fill.getBlue()));
        box.getStyleClass().addAll("predict-tree-node", dark ? "dark-fill" : "light-fill");
        if (node.leaf() && node.predictedClass() == 1) {
            box.getStyleClass().add("buys");
        }
        box.setPrefSize(TreeLayout.NODE_WIDTH, TreeLayout.NODE_HEIGHT);
        box.setMaxSize(TreeLayout.NODE_WIDTH, Region.USE_PREF_SIZE);
        box.relocate(placed.x(), placed.y());
        Tooltip.install(box, new Tooltip(tooltip(node)));
        return box;
    }

    private String tooltip(TreeNode node) {
        String outcome = target == null ? "" : target.label(node.predictedClass());
        return Messages.get("predict.page.nodeTooltip", node.leaf() ? "" : node.splitText(), node.customers(),
                node.buyers(), percent(node.buyerShare()), outcome);
    }

    private static String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance();
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }
}
