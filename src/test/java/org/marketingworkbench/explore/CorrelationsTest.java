package org.marketingworkbench.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.Fixtures;
import tech.tablesaw.api.Table;

class CorrelationsTest {
    private static final List<String> NUMBERS = List.of("age", "income", "visits", "constant");

    @Test
    void pearsonMatchesPandasOnPairwiseCompleteRows() {
        assertMatches(Correlations.Method.PEARSON, "corr_pearson.csv");
    }

    @Test
    void spearmanMatchesPandasOnPairwiseCompleteRows() {
        assertMatches(Correlations.Method.SPEARMAN, "corr_spearman.csv");
    }

    private static void assertMatches(Correlations.Method method, String peer) {
        CorrelationMatrix ours = Correlations.matrix(Peers.customers(), List.of(), method, Progress.none());
        Table pandas = Peers.read(peer);

        assertThat(ours.coefficients().rowLabels()).containsExactlyElementsOf(NUMBERS);
        for (String first : NUMBERS) {
            for (String second : NUMBERS) {
                // the constant column does not vary: NaN, as pandas
                DescribeTest.assertClose(first + "/" + second, ours.between(first, second),
                        Peers.cell(pandas, first, second));
            }
        }
        // age has 17 gaps and income 23; rows with both: 300 - 17 - 23 + rows missing both
        assertThat(ours.pairCounts().value("visits", "visits")).isEqualTo(300);
        assertThat(ours.pairCounts().value("age", "visits")).isEqualTo(283);
    }

    @Test
    void oneNumberColumnIsTooFew() {
        Table table = Fixtures.table("x,name\n1,a\n2,b\n");

        assertThatThrownBy(() -> Correlations.matrix(table, List.of(), Correlations.Method.PEARSON, Progress.none()))
                .isInstanceOf(BadInputException.class);
    }
}
