package org.marketingworkbench.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.predict.model.ModelKind;
import org.marketingworkbench.predict.model.ModelParameters;
import org.marketingworkbench.predict.score.ScoredCustomer;
import org.marketingworkbench.predict.score.Scorer;
import org.marketingworkbench.predict.score.ScoringResult;
import org.marketingworkbench.predict.setup.FeatureChoice;
import org.marketingworkbench.predict.setup.PredictSetup;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ScorerTest {
    private static final PredictionResult TRAINED = Predictor.run(new PredictRequest(
            PredictSetup.create(SyntheticCustomers.table(1000, 2), "buys", null, FeatureChoice.all(), Map.of()),
            ModelParameters.defaults(ModelKind.TREE), Validation.holdout(0.2), 1, 0.5), Progress.none());

    private static ScoringResult score(Table table) {
        return Scorer.score(TRAINED.model(), TRAINED.target(), table, "customer_id", 0.5);
    }

    @Test
    void scoresEveryRowWithTheModelsOwnProbabilities() {
        Table fresh = SyntheticCustomers.table(200, 99).removeColumns("buys");
        ScoringResult result = score(fresh);
        double[] expected = TRAINED.model().probabilities(fresh, IntStream.range(0, 200).toArray());
        assertThat(result.customers()).hasSize(200);
        assertThat(result.customers().get(5).id()).isEqualTo("C00005");
        assertThat(result.customers().get(5).probability()).isEqualTo(expected[5]);
        assertThat(result.customers()).allMatch(c -> c.predictedClass().equals(c.probability() >= 0.5 ? "yes" : "no"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void mostLikelyBuyersComeFirst() {
        List<ScoredCustomer> top = score(SyntheticCustomers.table(200, 99)).mostLikelyBuyers(10);
        assertThat(top).hasSize(10);
        for (int i = 1; i < top.size(); i++) {
            assertThat(top.get(i).probability()).isLessThanOrEqualTo(top.get(i - 1).probability());
        }
    }

    @Test
    void missingFeatureColumnsStopWithTheirNames() {
        Table lacking = SyntheticCustomers.table(50, 3).removeColumns("channel", "age");
        assertThatThrownBy(() -> score(lacking)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("age, channel");
    }

    @Test
    void extraColumnsAndUnseenCategoriesAreReportedNotFatal() {
        Table table = SyntheticCustomers.table(50, 3);
        table.addColumns(StringColumn.create("notes", 50).setMissingTo("-"));
        table.stringColumn("channel").set(0, "app");
        ScoringResult result = score(table);
        assertThat(result.customers()).hasSize(50);
        assertThat(result.warnings()).anyMatch(w -> w.contains("notes"))
                .anyMatch(w -> w.contains("\"channel\"") && w.contains("app"));
    }

    @Test
    void textWhereTheModelTookNumbersIsRejected() {
        Table table = SyntheticCustomers.table(50, 3);
        StringColumn age = StringColumn.create("age");
        table.intColumn("age").forEach(value -> age.append(String.valueOf(value)));
        age.set(4, "forty");
        table.replaceColumn("age", age);
        assertThatThrownBy(() -> score(table)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("\"forty\" in row 5");
    }
}
