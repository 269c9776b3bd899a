package org.marketingworkbench.ui.predict;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.predict.explain.TreeNode;

/**
 * Places the nodes of a tree for the diagram: each shown leaf takes the next column, a parent
 * sits centred over its children, each level one row lower. Nodes below {@code levels} are
 * not placed; their parent at the last level shown counts them.
 */
final class TreeLayout {
    static final double NODE_WIDTH = 196;
    static final double NODE_HEIGHT = 84;
    static final double COLUMN_GAP = 14;
    static final double ROW_GAP = 46;

    /**
     * One node's place.
     *
     * @param node   the tree node
     * @param x      its left edge
     * @param y      its top edge
     * @param hidden how many nodes below it are not shown (0 when its children are shown or it is a leaf)
     * @param parent the placed parent, or null for the root
     * @param holds  true when the parent's split holds on the way here (the left branch)
     */
    record Placed(TreeNode node, double x, double y, int hidden, Placed parent, boolean holds) {
    }

    private final int levels;
    private final List<Placed> placed = new ArrayList<>();
    private final java.util.Map<Integer, Double> xs = new java.util.HashMap<>();
    private int nextColumn;

    private TreeLayout(int levels) {
        this.levels = levels;
    }

    /** The nodes of {@code root} down to {@code levels} levels (1 = the root only), parents before children. */
    static List<Placed> of(TreeNode root, int levels) {
        TreeLayout layout = new TreeLayout(Math.max(1, levels));
        layout.column(root);
        layout.place(root, null, true);
        return layout.placed;
    }

    /** The number of levels of the tree (1 for a single leaf). */
    static int depth(TreeNode node) {
        return 1 + node.children().stream().mapToInt(TreeLayout::depth).max().orElse(0);
    }

    /** The width of the placed nodes, from the left edge of the first to the right edge of the last. */
    static double width(List<Placed> placed) {
        return placed.stream().mapToDouble(Placed::x).max().orElse(0) + NODE_WIDTH;
    }

    /** The most levels whose nodes number at most {@code limit}, at least 1. */
    static int levelsWithin(TreeNode root, int limit) {
        int best = 1;
        for (int levels = 1; levels <= depth(root); levels++) {
            if (count(root, levels) > limit) {
                break;
            }
            best = levels;
        }
        return best;
    }

    private static int count(TreeNode node, int levels) {
        if (levels <= 1) {
            return 1;
        }
        return 1 + node.children().stream().mapToInt(child -> count(child, levels - 1)).sum();
    }

    private boolean cut(TreeNode node) {
        return node.depth() + 1 >= levels && !node.leaf();
    }

    /** First pass: the x of every shown node, leaves left to right, parents centred. */
    private double column(TreeNode node) {
        double x;
        if (node.leaf() || cut(node)) {
            x = nextColumn++ * (NODE_WIDTH + COLUMN_GAP);
        } else {
            x = (column(node.children().get(0)) + column(node.children().get(1))) / 2;
        }
        xs.put(node.id(), x);
        return x;
    }

    /** Second pass: the placed nodes, parents before children. */
    private void place(TreeNode node, Placed parent, boolean holds) {
        Placed self = new Placed(node, xs.get(node.id()), node.depth() * (NODE_HEIGHT + ROW_GAP),
                cut(node) ? node.size() - 1 : 0, parent, holds);
        placed.add(self);
        if (!node.leaf() && !cut(node)) {
            place(node.children().get(0), self, true);
            place(node.children().get(1), self, false);
        }
    }
}
