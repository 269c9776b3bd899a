package org.marketingworkbench.ui.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.predict.explain.TreeNode;

class TreeLayoutTest {
    private static final double COLUMN = TreeLayout.NODE_WIDTH + TreeLayout.COLUMN_GAP;

    private static TreeNode leaf(int id, int depth) {
        return new TreeNode(id, depth, Optional.empty(), 10, 1, 0, List.of());
    }

    /** A root whose left child splits again: leaves 2, 3 (under 1) and 4. */
    private static TreeNode tree() {
        TreeNode left = new TreeNode(1, 1, Optional.empty(), 20, 2, 0, List.of(leaf(2, 2), leaf(3, 2)));
        return new TreeNode(0, 0, Optional.empty(), 30, 3, 0, List.of(left, leaf(4, 1)));
    }

    @Test
    void leavesTakeColumnsLeftToRightAndParentsSitCentredAboveTheirChildren() {
        List<TreeLayout.Placed> placed = TreeLayout.of(tree(), 3);

        assertThat(placed).extracting(p -> p.node().id()).containsExactly(0, 1, 2, 3, 4);
        // leaves 2, 3, 4 in columns 0, 1, 2; node 1 halfway between 2 and 3; the root halfway between 1 and 4
        assertThat(placed).extracting(TreeLayout.Placed::x)
                .containsExactly((0.5 * COLUMN + 2 * COLUMN) / 2, 0.5 * COLUMN, 0.0, COLUMN, 2 * COLUMN);
        assertThat(placed.get(2).parent()).isSameAs(placed.get(1));
        assertThat(placed.get(2).holds()).isTrue();
        assertThat(placed.get(3).holds()).isFalse();
    }

    @Test
    void levelsBelowTheLimitAreCountedOnTheLastShownNode() {
        List<TreeLayout.Placed> placed = TreeLayout.of(tree(), 2);

        assertThat(placed).extracting(p -> p.node().id()).containsExactly(0, 1, 4);
        assertThat(placed.get(1).hidden()).isEqualTo(2);
        assertThat(placed.get(2).hidden()).isZero();
    }

    @Test
    void theDefaultLevelsKeepTheNodeCountWithinTheLimit() {
        assertThat(TreeLayout.levelsWithin(tree(), 3)).isEqualTo(2);
        assertThat(TreeLayout.levelsWithin(tree(), 5)).isEqualTo(3);
        assertThat(TreeLayout.depth(tree())).isEqualTo(3);
    }
}
