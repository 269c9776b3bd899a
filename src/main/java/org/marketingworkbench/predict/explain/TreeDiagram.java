package org.marketingworkbench.predict.explain;

import java.util.List;
import java.util.Optional;
import org.marketingworkbench.predict.setup.FittedPreprocessing;
import smile.base.cart.DecisionNode;
import smile.base.cart.InternalNode;
import smile.base.cart.NominalNode;
import smile.base.cart.Node;
import smile.base.cart.OrdinalNode;
import org.marketingworkbench.predict.model.UnmergedDecisionTree;
import smile.classification.DecisionTree;
import smile.data.type.StructType;

/** A trained Smile decision tree as plain nodes for the diagram and the rules. */
public final class TreeDiagram {

    private TreeDiagram() {
    }

    /** The root of the tree, with features named as in {@code preprocessing}. */
    public static TreeNode of(DecisionTree tree, FittedPreprocessing preprocessing) {
        return new Builder(tree.schema(), preprocessing).build(tree.root(), 0);
    }

    private static final class Builder {
        private final StructType schema;
        private final FittedPreprocessing preprocessing;
        private int nextId;

        Builder(StructType schema, FittedPreprocessing preprocessing) {
            this.schema = schema;
            this.preprocessing = preprocessing;
        }

        TreeNode build(Node node, int depth) {
            int id = nextId++;
            if (node instanceof UnmergedDecisionTree.KeptLeaf kept) {
                node = kept.leaf();
            }
            if (node instanceof DecisionNode leaf) {
                int[] counts = leaf.count();
                return new TreeNode(id, depth, Optional.empty(), counts[0] + counts[1], counts[1], leaf.output(), List.of());
            }
            InternalNode inner = (InternalNode) node;
            Condition split = condition(inner);
            TreeNode holds = build(inner.trueChild(), depth + 1);
            TreeNode fails = build(inner.falseChild(), depth + 1);
            long customers = holds.customers() + fails.customers();
            long buyers = holds.buyers() + fails.buyers();
            return new TreeNode(id, depth, Optional.of(split), customers, buyers, 2 * buyers > customers ? 1 : 0,
                    List.of(holds, fails));
        }

        private Condition condition(InternalNode inner) {
            // the tree's schema lists the predictors in the order the frame was built: the features' order
            int feature = inner.feature();
            String column = preprocessing.features().get(feature);
            if (inner instanceof OrdinalNode ordinal) {
                return Condition.atMost(feature, column, SmileSplits.threshold(ordinal, schema));
            }
            List<String> levels = preprocessing.levels(feature);
            int code = SmileSplits.level((NominalNode) inner, schema, levels.size());
            return Condition.is(feature, column, code < 0 ? "" : levels.get(code));
        }
    }
}
