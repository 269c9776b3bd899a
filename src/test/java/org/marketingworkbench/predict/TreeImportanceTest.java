package org.marketingworkbench.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.predict.explain.Condition;
import org.marketingworkbench.predict.explain.TreeImportance;
import org.marketingworkbench.predict.explain.TreeNode;

class TreeImportanceTest {

    private static TreeNode node(int id, String column, long customers, long buyers, TreeNode... children) {
        Optional<Condition> split = column == null ? Optional.empty()
                : Optional.of(new Condition(0, column, Condition.Operator.AT_MOST, 1.5, null));
        return new TreeNode(id, 0, split, customers, buyers, buyers * 2 > customers ? 1 : 0, List.of(children));
    }

    /**
     * Root: 100 customers, 50 buyers, split on a into 60 (45 buyers, split on b into 40 with 40
     * buyers and 20 with 5) and 40 (5 buyers).
     */
    private static TreeNode tree() {
        TreeNode left = node(1, "b", 60, 45, node(2, null, 40, 40), node(3, null, 20, 5));
        return node(0, "a", 100, 50, left, node(4, null, 40, 5));
    }

    @Test
    void eachSplitCountsByTheShareOfCustomersItReaches() {
        // Gini 2p(1-p): root 0.5, 60-node 0.375, 40-node (p 1/8) 0.21875, pure node 0, 20-node (p 1/4) 0.375
        // a: (100 * 0.5 - 60 * 0.375 - 40 * 0.21875) / 100 = 0.1875
        // b: (60 * 0.375 - 40 * 0 - 20 * 0.375) / 100 = 0.15
        // (unweighted, as Smile adds them, b would be 0.375 - 20/60 * 0.375 = 0.25 and rank above a)
        double[] values = TreeImportance.weighted(tree(), List.of("a", "b", "c"), false);

        assertThat(values[0]).isCloseTo(0.1875, within(1e-12));
        assertThat(values[1]).isCloseTo(0.15, within(1e-12));
        assertThat(values[2]).isZero();
    }

    @Test
    void entropyUsesBits() {
        // H(p) = -p log2 p - (1-p) log2 (1-p): H(1/2) = 1, H(3/4) = H(1/4) = 0.8112781, H(1/8) = 0.5435644
        // a: (100 * 1 - 60 * 0.8112781 - 40 * 0.5435644) / 100 = 0.2958075
        // b: (60 * 0.8112781 - 20 * 0.8112781) / 100 = 0.3245112
        double[] values = TreeImportance.weighted(tree(), List.of("a", "b"), true);

        assertThat(values[0]).isCloseTo(0.2958075, within(1e-6));
        assertThat(values[1]).isCloseTo(0.3245112, within(1e-6));
    }
}
