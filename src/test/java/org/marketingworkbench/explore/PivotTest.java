package org.marketingworkbench.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.explore.PivotSpec.Aggregate;
import org.marketingworkbench.explore.PivotSpec.Percent;
import tech.tablesaw.api.Table;

class PivotTest {
    private static final List<String> CITIES = List.of("Beijing", "Chengdu", "Shanghai", "Shenzhen");
    private static final List<String> SEGMENTS = List.of("A", "B", "C");
    private final Table customers = Peers.customers();

    private static void assertMatches(PivotResult ours, Table pandas, boolean rowTotals, boolean columnTotals) {
        assertThat(ours.cells().rowLabels()).containsExactlyElementsOf(CITIES);
        assertThat(ours.cells().columnLabels()).containsExactlyElementsOf(SEGMENTS);
        for (int row = 0; row < CITIES.size(); row++) {
            for (int column = 0; column < SEGMENTS.size(); column++) {
                DescribeTest.assertClose(CITIES.get(row) + "/" + SEGMENTS.get(column), ours.cells().value(row, column),
                        Peers.cell(pandas, CITIES.get(row), SEGMENTS.get(column)));
            }
            if (rowTotals) {
                DescribeTest.assertClose(CITIES.get(row) + " total", ours.rowTotals().get(row),
                        Peers.cell(pandas, CITIES.get(row), "All"));
            }
        }
        if (columnTotals) {
            for (int column = 0; column < SEGMENTS.size(); column++) {
                DescribeTest.assertClose(SEGMENTS.get(column) + " total", ours.columnTotals().get(column),
                        Peers.cell(pandas, "All", SEGMENTS.get(column)));
            }
        }
        if (rowTotals && columnTotals) {
            DescribeTest.assertClose("grand total", ours.grandTotal(), Peers.cell(pandas, "All", "All"));
        }
    }

    private PivotResult pivot(Aggregate aggregate, Percent percent) {
        return Pivot.of(customers, new PivotSpec("city", "segment", "income", aggregate, percent), Progress.none());
    }

    @Test
    void countsMatchPandasCrosstab() {
        PivotResult counts = pivot(Aggregate.COUNT, Percent.NONE);

        assertMatches(counts, Peers.read("pivot_counts.csv"), true, true);
        assertThat(counts.rowsUsed()).isEqualTo(289);
    }

    @Test
    void sumsAndMeansMatchPandasPivotTable() {
        assertMatches(pivot(Aggregate.SUM, Percent.NONE), Peers.read("pivot_sum.csv"), true, true);
        // totals of means are means of all rows behind them, as pandas' margins
        assertMatches(pivot(Aggregate.MEAN, Percent.NONE), Peers.read("pivot_mean.csv"), true, true);
    }

    @Test
    void percentagesMatchPandasNormalize() {
        assertMatches(pivot(Aggregate.COUNT, Percent.ROW), Peers.read("pivot_percent_index.csv"), false, true);
        assertMatches(pivot(Aggregate.COUNT, Percent.COLUMN), Peers.read("pivot_percent_columns.csv"), true, false);
        assertMatches(pivot(Aggregate.COUNT, Percent.TOTAL), Peers.read("pivot_percent_all.csv"), true, true);
    }

    @Test
    void rowPercentagesAddUpToAHundred() {
        PivotResult percent = pivot(Aggregate.COUNT, Percent.ROW);

        assertThat(percent.rowTotals()).allSatisfy(total -> assertThat(total).isCloseTo(100.0,
                org.assertj.core.api.Assertions.within(1e-9)));
    }

    @Test
    void countsByHueAreACrossTab() {
        PivotResult hue = Pivot.countsByHue(customers, "segment", "city", Progress.none());

        // segment A in Beijing: 63 (pivot_counts.csv)
        assertThat(hue.cells().value("A", "Beijing")).isEqualTo(63);
    }

    @Test
    void exportsCellsWithTotals() {
        Table table = pivot(Aggregate.COUNT, Percent.NONE).toTable();

        assertThat(table.columnNames()).containsExactly("city", "A", "B", "C", "Total");
        assertThat(table.stringColumn("city").get(4)).isEqualTo("Total");
        assertThat(table.doubleColumn("Total").get(4)).isEqualTo(289);
    }

    @Test
    void percentagesOfMeansAreBadInput() {
        assertThatThrownBy(() -> pivot(Aggregate.MEAN, Percent.ROW)).isInstanceOf(BadInputException.class);
    }

    @Test
    void aSumOfTextIsBadInput() {
        assertThatThrownBy(() -> Pivot.of(customers, new PivotSpec("city", "segment", "segment", Aggregate.SUM, null),
                Progress.none())).isInstanceOf(BadInputException.class);
    }
}
