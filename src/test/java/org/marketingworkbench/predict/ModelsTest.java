package org.marketingworkbench.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.predict.explain.FeatureImportance;
import org.marketingworkbench.predict.explain.ImportanceMethod;
import org.marketingworkbench.predict.model.ModelKind;
import org.marketingworkbench.predict.model.ModelParameters;
import org.marketingworkbench.predict.model.ParameterSpec;
import org.marketingworkbench.predict.setup.FeatureChoice;
import org.marketingworkbench.predict.setup.PredictSetup;
import tech.tablesaw.api.Table;

class ModelsTest {
    private static final Table CUSTOMERS = SyntheticCustomers.table(1500, 21);

    private static PredictionResult run(ModelKind kind, Map<String, String> parameters, long seed) {
        PredictSetup setup = PredictSetup.create(CUSTOMERS, "buys", null, FeatureChoice.all(), Map.of())
                .forModel(kind.treeBased());
        return Predictor.run(new PredictRequest(setup, ModelParameters.of(kind, parameters), Validation.holdout(0.25), seed,
                0.5), Progress.none());
    }

    private static Map<String, String> quick(ModelKind kind) {
        return switch (kind) {
            case TREE -> Map.of("maxDepth", "3"); // deeper trees on 1,125 rows start fitting noise
            // impurity importance favours many-valued noise in fully grown trees; shallow trees show the drivers
            case FOREST -> Map.of("trees", "30", "maxDepth", "4");
            case BOOSTING -> Map.of("trees", "30");
            case SVM -> Map.of("kernel", "gaussian");
            default -> Map.of();
        };
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everyModelFindsThePlantedDriversAndIsRepeatableWithItsSeed(ModelKind kind) {
        PredictionResult first = run(kind, quick(kind), 3);
        PredictionResult again = run(kind, quick(kind), 3);
        assertThat(again.evaluation().scores().scores()).isEqualTo(first.evaluation().scores().scores());
        assertThat(java.util.Arrays.stream(first.evaluation().scores().scores()).allMatch(p -> p >= 0 && p <= 1)).isTrue();
        // the planted odds give an ideal AUC near 0.80; region and noise carry nothing
        assertThat(first.evaluation().metrics().auc()).isGreaterThan(0.7);
        assertThat(first.importance().subList(0, 2)).extracting(FeatureImportance::feature)
                .containsExactlyInAnyOrder("channel", "age");
        assertThat(first.importance().get(0).method())
                .isEqualTo(kind.treeBased() ? ImportanceMethod.IMPURITY : ImportanceMethod.PERMUTATION);
    }

    @Test
    void parametersHaveTheDesignNamesDefaultsAndTranslatedLabels() {
        assertThat(ModelKind.TREE.parameters()).extracting(ParameterSpec::name).containsExactly("maxDepth", "minNodeSize", "splitRule");
        assertThat(ModelKind.FOREST.parameters()).extracting(ParameterSpec::name).containsExactly("trees", "mtry", "maxDepth");
        assertThat(ModelKind.BOOSTING.parameters()).extracting(ParameterSpec::name).containsExactly("trees", "shrinkage", "maxDepth");
        assertThat(ModelKind.LOGISTIC.parameters()).extracting(ParameterSpec::name).containsExactly("lambda");
        assertThat(ModelKind.SVM.parameters()).extracting(ParameterSpec::name).containsExactly("C", "kernel", "gamma");
        assertThat(ModelKind.MLP.parameters()).extracting(ParameterSpec::name).containsExactly("hidden", "epochs", "learningRate");
        for (ModelKind kind : ModelKind.values()) {
            kind.parameters().forEach(spec -> assertThat(spec.label()).doesNotStartWith("!"));
        }
        assertThat(ModelParameters.defaults(ModelKind.MLP).integers("hidden")).containsExactly(32, 16);
    }

    @Test
    void badParameterValuesAreRejectedWithTheAllowedValues() {
        assertThatThrownBy(() -> ModelParameters.of(ModelKind.TREE, Map.of("splitRule", "chaos")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("gini, entropy");
        assertThatThrownBy(() -> ModelParameters.of(ModelKind.TREE, Map.of("maxDepth", "deep")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("needs a number");
        assertThatThrownBy(() -> ModelParameters.of(ModelKind.TREE, Map.of("maxDepth", "0")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("outside the allowed range");
        assertThatThrownBy(() -> ModelParameters.of(ModelKind.LOGISTIC, Map.of("C", "1")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("has no parameter \"C\"");
        assertThatThrownBy(() -> ModelKind.fromId("bayes")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("tree, forest, boosting, logistic, svm, mlp");
    }
}
