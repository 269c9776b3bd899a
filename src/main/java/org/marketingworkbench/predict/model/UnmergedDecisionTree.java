package org.marketingworkbench.predict.model;

import smile.base.cart.DecisionNode;
import smile.base.cart.LeafNode;
import smile.base.cart.Node;
import smile.base.cart.SplitRule;
import smile.classification.DecisionTree;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.type.StructField;
import smile.data.type.StructType;

/**
 * Smile's CART tree without its final merge step. Smile 3.1.1 merges two sibling leaves whenever
 * both predict the same class; that keeps the predicted classes but throws away the difference
 * in buyer shares between them, which is what ROC curves, gains charts and top-N lists rank by
 * (Bank Marketing, depth 5, 5-fold CV: AUC 0.663 merged against scikit-learn's 0.703 unmerged).
 * Growth, splits and predictions are Smile's; only the leaves are wrapped so the merge passes
 * them by.
 */
public final class UnmergedDecisionTree extends DecisionTree {
    private static final long serialVersionUID = 1L;

    /**
     * Grows a tree on {@code predictors} (features only, no target) for classes 0/1 with a
     * Smile depth limit (root = 1), a leaf-count limit and a smallest leaf size.
     */
    public UnmergedDecisionTree(DataFrame predictors, int[] classes, SplitRule rule, int smileMaxDepth, int maxNodes,
            int nodeSize) {
        // mtry -1: every feature is tried at every split, as DecisionTree.fit does
        super(predictors, classes, new StructField(SmileFrames.TARGET, smile.data.type.DataTypes.IntegerType), 2, rule,
                smileMaxDepth, maxNodes, nodeSize, -1, null, null);
    }

    @Override
    protected LeafNode newNode(int[] samples) {
        return new Leaf(((DecisionNode) super.newNode(samples)).count());
    }

    /** The tree's own schema of predictors, as its splits index them. */
    public StructType predictorSchema() {
        return schema;
    }

    /** The leaf Smile builds, returning a wrapper from {@code merge()} so its parent does not merge it. */
    private static final class Leaf extends DecisionNode {
        private static final long serialVersionUID = 1L;

        Leaf(int[] count) {
            super(count);
        }

        @Override
        public Node merge() {
            return new KeptLeaf(this);
        }
    }

    /**
     * A leaf that is not a {@link DecisionNode}, so {@code InternalNode.merge()} leaves it alone;
     * prediction reaches the real leaf through {@link #predict}.
     */
    public static final class KeptLeaf extends LeafNode {
        private static final long serialVersionUID = 1L;
        private final DecisionNode leaf;

        KeptLeaf(DecisionNode leaf) {
            super(leaf.size());
            this.leaf = leaf;
        }

        /** The leaf with the class counts. */
        public DecisionNode leaf() {
            return leaf;
        }

        @Override
        public LeafNode predict(Tuple x) {
            return leaf;
        }

        @Override
        public Node merge() {
            return this;
        }

        @Override
        public double deviance() {
            return leaf.deviance();
        }

        @Override
        public String dot(StructType schema, StructField response, int id) {
            return leaf.dot(schema, response, id);
        }

        @Override
        public int[] toString(StructType schema, StructField response, smile.base.cart.InternalNode parent, int depth,
                java.math.BigInteger id, java.util.List<String> lines) {
            return leaf.toString(schema, response, parent, depth, id, lines);
        }
    }
}
