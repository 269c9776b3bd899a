package org.marketingworkbench.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.Table;

class DescribeTest {
    private final TableSummary summary = Describe.table(Peers.customers(), Progress.none());
    private final Table pandas = Peers.read("describe.csv");

    @Test
    void numberColumnsMatchPandasDescribe() {
        for (String column : List.of("age", "income", "visits", "constant")) {
            ColumnSummary ours = summary.column(column);
            assertThat(ours.kind()).isEqualTo(ColumnSummary.Kind.NUMBER);
            assertThat(ours.count()).as(column).isEqualTo((long) Peers.cell(pandas, column, "count"));
            assertThat(ours.missing()).as(column).isEqualTo((long) Peers.cell(pandas, column, "missing"));
            assertThat(ours.distinct()).as(column).isEqualTo((long) Peers.cell(pandas, column, "distinct"));
            assertClose(column + " mean", ours.mean(), Peers.cell(pandas, column, "mean"));
            assertClose(column + " std", ours.std(), Peers.cell(pandas, column, "std"));
            assertClose(column + " min", ours.min(), Peers.cell(pandas, column, "min"));
            assertClose(column + " 25%", ours.q1(), Peers.cell(pandas, column, "q1"));
            assertClose(column + " 50%", ours.median(), Peers.cell(pandas, column, "median"));
            assertClose(column + " 75%", ours.q3(), Peers.cell(pandas, column, "q3"));
            assertClose(column + " max", ours.max(), Peers.cell(pandas, column, "max"));
            assertClose(column + " skew", ours.skew(), Peers.cell(pandas, column, "skew"));
        }
    }

    @Test
    void textColumnsMatchPandasCountUniqueTopAndFreq() {
        for (String column : List.of("city", "segment")) {
            ColumnSummary ours = summary.column(column);
            assertThat(ours.kind()).isEqualTo(ColumnSummary.Kind.TEXT);
            assertThat(ours.count()).isEqualTo((long) Peers.cell(pandas, column, "count"));
            assertThat(ours.missing()).isEqualTo((long) Peers.cell(pandas, column, "missing"));
            assertThat(ours.distinct()).isEqualTo((long) Peers.cell(pandas, column, "distinct"));
            assertThat(ours.topCount()).isEqualTo((long) Peers.cell(pandas, column, "freq"));
            assertThat(ours.mean()).isNaN();
        }
        assertThat(summary.column("city").top()).isEqualTo("Beijing");
        assertThat(summary.column("segment").top()).isEqualTo("A");
    }

    @Test
    void datesReportTheirFirstAndLast() {
        Table orders = org.marketingworkbench.prepare.Fixtures.table("id,day\n1,2024-03-01\n2,2023-12-31\n3,\n4,2024-03-01\n");

        ColumnSummary day = Describe.column(orders.column("day"));

        assertThat(day.kind()).isEqualTo(ColumnSummary.Kind.DATE);
        assertThat(day.first()).isEqualTo("2023-12-31");
        assertThat(day.last()).isEqualTo("2024-03-01");
        assertThat(day.top()).isEqualTo("2024-03-01");
        assertThat(day.missing()).isEqualTo(1);
    }

    @Test
    void exportsOneRowPerColumn() {
        Table table = summary.toTable();

        assertThat(table.rowCount()).isEqualTo(6);
        assertThat(table.columnNames()).contains("count", "mean", "std", "25%", "50%", "75%", "skew", "top");
    }

    static void assertClose(String what, double ours, double theirs) {
        if (Double.isNaN(theirs)) {
            assertThat(ours).as(what).isNaN();
        } else {
            assertThat(ours).as(what).isCloseTo(theirs, within(1e-9 * Math.max(1, Math.abs(theirs))));
        }
    }
}
