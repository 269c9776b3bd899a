package org.marketingworkbench.predict.explain;

import java.util.List;
import java.util.Optional;

/**
 * One node of a decision tree for the diagram: the training customers that reached it, their
 * split between classes, and for an inner node its split and two children (the first where
 * the split holds, the second where it does not).
 *
 * @param id             the node's number in pre-order, root 0
 * @param depth          0 for the root
 * @param split          the test of an inner node, empty for a leaf
 * @param customers      training customers that reached the node
 * @param buyers         how many of them are of the positive class
 * @param predictedClass 1 when the node predicts a purchase
 * @param children       none for a leaf; [holds, does not hold] for an inner node
 */
public record TreeNode(int id, int depth, Optional<Condition> split, long customers, long buyers, int predictedClass,
        List<TreeNode> children) {

    public TreeNode {
        children = List.copyOf(children);
    }

    public boolean leaf() {
        return children.isEmpty();
    }

    /** The share of buyers among the node's customers. */
    public double buyerShare() {
        return customers == 0 ? 0 : (double) buyers / customers;
    }

    /** The split as text ("age \u2264 60.5"), empty for a leaf. */
    public String splitText() {
        return split.map(Condition::text).orElse("");
    }

    /** How many nodes this subtree has. */
    public int size() {
        return 1 + children.stream().mapToInt(TreeNode::size).sum();
    }
}
