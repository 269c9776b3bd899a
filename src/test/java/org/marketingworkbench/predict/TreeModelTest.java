package org.marketingworkbench.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.predict.explain.ImportanceMethod;
import org.marketingworkbench.predict.explain.Rule;
import org.marketingworkbench.predict.explain.TreeNode;
import org.marketingworkbench.predict.explain.TreeRules;
import org.marketingworkbench.predict.model.FittedModel;
import org.marketingworkbench.predict.model.ModelKind;
import org.marketingworkbench.predict.model.ModelParameters;
import org.marketingworkbench.predict.setup.CategoryEncoding;
import org.marketingworkbench.predict.setup.FeatureChoice;
import org.marketingworkbench.predict.setup.PredictSetup;
import tech.tablesaw.api.Table;

class TreeModelTest {
    private static final Table CUSTOMERS = SyntheticCustomers.table(3000, 5);

    private static PredictionResult tree(Map<String, String> parameters, PredictSetup setup) {
        return Predictor.run(new PredictRequest(setup, ModelParameters.of(ModelKind.TREE, parameters),
                Validation.holdout(0.2), 1, 0.5), Progress.none());
    }

    private static PredictSetup setup() {
        return PredictSetup.create(CUSTOMERS, "buys", "yes", FeatureChoice.all(), Map.of());
    }

    @Test
    void depthOneTreeHasExactlyOneSplit() {
        TreeNode root = tree(Map.of("maxDepth", "1"), setup()).tree().orElseThrow();
        assertThat(root.leaf()).isFalse();
        assertThat(root.children()).allMatch(TreeNode::leaf);
        assertThat(root.size()).isEqualTo(3);
    }

    @Test
    void depthMeansLevelsBelowTheRoot() {
        TreeNode root = tree(Map.of("maxDepth", "3", "minNodeSize", "1"), setup()).tree().orElseThrow();
        assertThat(depth(root)).isEqualTo(3);
    }

    @Test
    void siblingLeavesPredictingTheSameClassAreKeptApart() {
        // with the planted odds, "not web" splits by age into 8% and 33% buyers: both predict "no",
        // Smile would merge them; the tree must keep both so their shares rank customers
        TreeNode root = tree(Map.of("maxDepth", "2"), setup()).tree().orElseThrow();
        assertThat(root.size()).isEqualTo(7);
    }

    @Test
    void plantedDriversAreAtTheTopOfTheTreeAndTheImportance() {
        PredictionResult result = tree(Map.of("maxDepth", "3"), setup());
        TreeNode root = result.tree().orElseThrow();
        assertThat(List.of("channel", "age")).contains(root.split().orElseThrow().column());
        assertThat(result.importance()).extracting(i -> i.feature()).startsWith(
                result.importance().get(0).feature().equals("channel") ? new String[] {"channel", "age"} : new String[] {"age", "channel"});
        assertThat(result.importance()).allMatch(i -> i.method() == ImportanceMethod.IMPURITY);
    }

    @Test
    void rulesReproduceTheTreesPredictionsOnAThousandRows() {
        PredictionResult result = tree(Map.of("maxDepth", "4"), PredictSetup.create(BankMarketing.table(), "y", "yes",
                FeatureChoice.allExcept(List.of("duration")), Map.of()));
        FittedModel model = result.model();
        Table table = BankMarketing.table();
        int[] rows = IntStream.range(0, 1000).map(i -> i * 45).toArray();
        double[] probabilities = model.probabilities(table, rows);
        org.marketingworkbench.predict.model.UnmergedDecisionTree smileTree =
                (org.marketingworkbench.predict.model.UnmergedDecisionTree) model.decisionTree().orElseThrow();
        smile.data.DataFrame frame = org.marketingworkbench.predict.model.SmileFrames.frame(model.preprocessing(), table, rows, null);
        for (int i = 0; i < rows.length; i++) {
            Optional<Rule> rule = TreeRules.ruleFor(result.rules(), model.preprocessing(), table, rows[i]);
            assertThat(rule).isPresent();
            assertThat(rule.get().predictedClass()).isEqualTo(smileTree.predict(frame.get(i)));
            // the model's probability is the leaf's smoothed share (count + 1) / (n + 2)
            assertThat(probabilities[i]).isEqualTo((rule.get().buyers() + 1.0) / (rule.get().customers() + 2.0),
                    org.assertj.core.api.Assertions.within(1e-12));
        }
        assertThat(result.rules().stream().mapToLong(Rule::customers).sum()).isEqualTo(result.tree().orElseThrow().customers());
    }

    @Test
    void ruleSentencesReadAsPlainLanguageInBothLanguages() {
        Rule rule = tree(Map.of("maxDepth", "1"), setup()).rules().get(0);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(rule.sentence()).matches("IF (channel = web|age \u2264 50\\.5) THEN (buys|does not buy): \\d+% of [\\d,]+ customers");
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(rule.sentence()).startsWith("如果 ").contains("位客户中的");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void oneHotChoiceForATreeGivesTheSameModelAsNominalAndSaysSo() {
        PredictSetup nominal = setup();
        PredictSetup oneHot = nominal.withPreprocessing(nominal.preprocessing().withCategories(CategoryEncoding.ONE_HOT));
        PredictionResult fromNominal = tree(Map.of("maxDepth", "4"), nominal);
        PredictionResult fromOneHot = tree(Map.of("maxDepth", "4"), oneHot);
        assertThat(fromOneHot.evaluation().scores().scores()).isEqualTo(fromNominal.evaluation().scores().scores());
        assertThat(fromNominal.warnings()).isEmpty();
        assertThat(fromOneHot.warnings()).anyMatch(warning -> warning.contains("nominal"));
    }

    private static int depth(TreeNode node) {
        return node.leaf() ? 0 : 1 + node.children().stream().mapToInt(TreeModelTest::depth).max().orElse(0);
    }
}
