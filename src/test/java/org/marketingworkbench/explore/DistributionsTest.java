package org.marketingworkbench.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Fixtures;
import tech.tablesaw.api.Table;

class DistributionsTest {
    private final Table customers = Peers.customers();
    private final Table numpy = Peers.read("histogram.csv");

    @Test
    void histogramMatchesNumpyWithTenBins() {
        assertMatches(Distributions.histogram(customers, "income", 10), "10");
    }

    @Test
    void automaticBinsFollowSturgesAsNumpy() {
        // 277 values: ceil(log2 277) + 1 = 10
        Histogram sturges = Distributions.histogram(customers, "income", 0);

        assertMatches(sturges, "sturges");
        assertThat(sturges.missing()).isEqualTo(23);
    }

    private void assertMatches(Histogram ours, String bins) {
        Table theirs = numpy.where(numpy.stringColumn("bins").isEqualTo(bins));
        assertThat(ours.binCount()).isEqualTo(theirs.rowCount());
        for (int bin = 0; bin < theirs.rowCount(); bin++) {
            DescribeTest.assertClose("from " + bin, ours.edges().get(bin), theirs.doubleColumn("from").get(bin));
            DescribeTest.assertClose("to " + bin, ours.edges().get(bin + 1), theirs.doubleColumn("to").get(bin));
            assertThat(ours.counts().get(bin)).as("count " + bin).isEqualTo(theirs.numberColumn("count").getDouble(bin)
                    == 0 ? 0L : (long) theirs.numberColumn("count").getDouble(bin));
        }
    }

    @Test
    void aConstantColumnGetsARangeAroundItsValue() {
        Histogram constant = Distributions.histogram(customers, "constant", 2);

        // NumPy: range (4.5, 5.5) in 2 bins; 5.0 is the edge of the second bin
        assertThat(constant.edges()).containsExactly(4.5, 5.0, 5.5);
        assertThat(constant.counts()).containsExactly(0L, 300L);
    }

    @Test
    void countsCategoriesMostFrequentFirst() {
        CategoryCounts cities = Distributions.categories(customers, "city", 2);

        // from pivot_counts.csv (pandas): Beijing 117, Shanghai 80, Shenzhen 56, Chengdu 36; 11 missing
        assertThat(cities.values()).containsExactly("Beijing", "Shanghai");
        assertThat(cities.counts()).containsExactly(117L, 80L);
        assertThat(cities.otherCount()).isEqualTo(56 + 36);
        assertThat(cities.otherValues()).isEqualTo(2);
        assertThat(cities.missing()).isEqualTo(11);
    }

    @Test
    void anEmptyTableHasNoHistogram() {
        assertThatThrownBy(() -> Distributions.histogram(customers.emptyCopy(), "income", 5))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.emptyTable"));
    }

    @Test
    void anEmptyTableIsDescribedWithZeroCounts() {
        TableSummary summary = Describe.table(customers.emptyCopy(), org.marketingworkbench.common.Progress.none());

        assertThat(summary.column("income").count()).isZero();
        assertThat(summary.column("income").mean()).isNaN();
        assertThat(summary.column("city").distinct()).isZero();
    }

    @Test
    void aTextColumnHasNoHistogram() {
        Table text = Fixtures.table("x\na\nb\n");

        assertThatThrownBy(() -> Distributions.histogram(text, "x", 5)).isInstanceOf(BadInputException.class);
    }
}
