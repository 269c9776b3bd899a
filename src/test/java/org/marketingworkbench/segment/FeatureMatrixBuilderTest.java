package org.marketingworkbench.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FeatureMatrixBuilderTest {

    @Test
    void zScoreUsesThePopulationStandardDeviation() {
        // 1, 2, 3, 4: mean 2.5, population sd sqrt(1.25) = 1.1180340; (1 - 2.5) / 1.1180340 = -1.3416408
        FeatureMatrix matrix = build(Table.create("t", DoubleColumn.create("a", 1, 2, 3, 4)), List.of("a"), List.of(),
                Scaling.ZSCORE, MissingValues.ASK);
        assertThat(matrix.points().value(0, 0)).isCloseTo(-1.3416408, within(1e-7));
        assertThat(matrix.toOriginal(0, matrix.points().value(3, 0))).isCloseTo(4, within(1e-12));
    }

    @Test
    void minMaxPutsFeaturesBetweenZeroAndOne() {
        FeatureMatrix matrix = build(Table.create("t", DoubleColumn.create("a", 10, 20, 30)), List.of("a"), List.of(),
                Scaling.MINMAX, MissingValues.ASK);
        assertThat(new double[] {matrix.points().value(0, 0), matrix.points().value(1, 0), matrix.points().value(2, 0)})
                .containsExactly(0, 0.5, 1);
    }

    @Test
    void categoriesAreOneHotEncodedMostFrequentLevelFirst() {
        Table table = Table.create("t", DoubleColumn.create("a", 1, 2, 3, 4),
                StringColumn.create("job", "clerk", "nurse", "nurse", "pilot"));
        FeatureMatrix matrix = build(table, List.of("a"), List.of("job"), Scaling.NONE, MissingValues.ASK);
        assertThat(matrix.featureNames()).containsExactly("a", "job=nurse", "job=clerk", "job=pilot");
        assertThat(matrix.points().row(1)).containsExactly(2, 1, 0, 0);
    }

    @Test
    void leavesOutAConstantColumnWithANotice() {
        Table table = Table.create("t", DoubleColumn.create("a", 1, 2, 3), DoubleColumn.create("flat", 5, 5, 5));
        FeatureMatrix matrix = build(table, List.of("a", "flat"), List.of(), Scaling.ZSCORE, MissingValues.ASK);
        assertThat(matrix.featureNames()).containsExactly("a");
        assertThat(matrix.notices()).extracting(Notice::text)
                .containsExactly("The feature \"flat\" has the same value in every row, so it was left out.");
    }

    @Test
    void asksWhatToDoWithMissingValues() {
        Table table = Table.create("t", DoubleColumn.create("a", 1, Double.NaN, 3, 4),
                IntColumn.create("b", new int[] {1, 2, 3, 4}));
        assertBadInput(() -> build(table, List.of("a", "b"), List.of(), Scaling.ZSCORE, MissingValues.ASK),
                "segment.error.missing", "1 row has missing values in a");
    }

    @Test
    void dropsRowsWithMissingValuesWhenAsked() {
        Table table = Table.create("t", DoubleColumn.create("a", 1, Double.NaN, 3, 4));
        FeatureMatrix matrix = build(table, List.of("a"), List.of(), Scaling.NONE, MissingValues.DROP);
        assertThat(matrix.sourceRows()).containsExactly(0, 2, 3);
        assertThat(matrix.notices()).extracting(Notice::key).containsExactly("segment.notice.dropped");
    }

    @Test
    void fillsMissingValuesWithTheMeanWhenAsked() {
        // mean of 1, 3, 4, 4 = 3
        Table table = Table.create("t", DoubleColumn.create("a", 1, Double.NaN, 3, 4, 4));
        FeatureMatrix matrix = build(table, List.of("a"), List.of(), Scaling.NONE, MissingValues.MEAN);
        assertThat(matrix.points().value(1, 0)).isEqualTo(3);
        assertThat(matrix.rows()).isEqualTo(5);
    }

    @Test
    void refusesATextColumnChosenAsNumericAndShowsTheValue() {
        Table table = Table.create("t", StringColumn.create("income", "12", "n/a", "30"));
        assertBadInput(() -> build(table, List.of("income"), List.of(), Scaling.ZSCORE, MissingValues.ASK),
                "segment.error.textColumn", "holds text such as \"n/a\"");
    }

    @Test
    void refusesATableWithOneRow() {
        Table table = Table.create("t", DoubleColumn.create("a", 1));
        assertBadInput(() -> build(table, List.of("a"), List.of(), Scaling.ZSCORE, MissingValues.ASK),
                "segment.error.oneRow", "only one row");
    }

    @Test
    void refusesAnUnknownColumn() {
        Table table = Table.create("t", DoubleColumn.create("a", 1, 2));
        assertBadInput(() -> build(table, List.of("b"), List.of(), Scaling.ZSCORE, MissingValues.ASK),
                "cli.error.missingColumn", "no column named \"b\"");
    }

    @Test
    void refusesWhenEveryFeatureIsConstant() {
        Table table = Table.create("t", DoubleColumn.create("a", 2, 2, 2));
        assertBadInput(() -> build(table, List.of("a"), List.of(), Scaling.ZSCORE, MissingValues.ASK),
                "segment.error.allConstant", "nothing to tell customers apart");
    }

    @Test
    void refusesACategoryWithTooManyLevels() {
        String[] values = new String[60];
        for (int row = 0; row < values.length; row++) {
            values[row] = "v" + row;
        }
        Table table = Table.create("t", StringColumn.create("code", values));
        assertBadInput(() -> build(table, List.of(), List.of("code"), Scaling.ZSCORE, MissingValues.ASK),
                "segment.error.tooManyLevels", "60 different values");
    }

    @Test
    void defaultFeaturesLeaveOutIdentifiers() {
        Table table = Table.create("t", IntColumn.create("customer_id", 7, 3, 9), IntColumn.create("n", 1, 2, 3),
                DoubleColumn.create("income", 1.5, 2, 3), StringColumn.create("city", "a", "b", "c"));
        assertThat(IdentifierColumns.defaultFeatures(table, java.util.Map.of())).containsExactly("income");
        assertThat(IdentifierColumns.identifiers(table, java.util.Map.of())).containsExactly("customer_id", "n");
    }

    private static FeatureMatrix build(Table table, List<String> numeric, List<String> categories, Scaling scaling,
            MissingValues missing) {
        return FeatureMatrixBuilder.build(table, new FeatureSelection(numeric, categories, scaling, missing));
    }

    static void assertBadInput(ThrowingCallable call, String key, String messagePart) {
        assertThatThrownBy(call).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo(key))
                .hasMessageContaining(messagePart);
    }
}
