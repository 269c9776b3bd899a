package org.marketingworkbench.predict;

import java.util.List;
import java.util.Optional;
import org.marketingworkbench.predict.evaluate.Evaluation;
import org.marketingworkbench.predict.evaluate.Partition;
import org.marketingworkbench.predict.explain.FeatureImportance;
import org.marketingworkbench.predict.explain.Rule;
import org.marketingworkbench.predict.explain.TreeNode;
import org.marketingworkbench.predict.model.FittedModel;
import org.marketingworkbench.predict.setup.BinaryTarget;

/**
 * Everything a trained model yields for the page, the report and the CLI.
 *
 * @param request    what was asked
 * @param evaluation held-out metrics, curves and scores
 * @param model      the model to explain and to score new data with: trained on the training
 *                   part (hold-out) or on all rows (cross-validation)
 * @param importance feature importance, largest first
 * @param tree       the tree for the diagram, for the decision tree model
 * @param rules      the tree's rules, one per leaf (empty for other models)
 * @param partition  the split or folds used (exportable for peer checks)
 * @param warnings   what the user should know (leaks, ignored settings), translated
 */
public record PredictionResult(PredictRequest request, Evaluation evaluation, FittedModel model,
        List<FeatureImportance> importance, Optional<TreeNode> tree, List<Rule> rules, Partition partition,
        List<String> warnings) {

    public PredictionResult {
        importance = List.copyOf(importance);
        rules = List.copyOf(rules);
        warnings = List.copyOf(warnings);
    }

    public BinaryTarget target() {
        return request.setup().target();
    }
}
