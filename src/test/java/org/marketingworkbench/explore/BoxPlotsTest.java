package org.marketingworkbench.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.Fixtures;
import tech.tablesaw.api.Table;

class BoxPlotsTest {

    @Test
    void matchesMatplotlibBoxplotStatsByGroup() {
        List<BoxStats> boxes = BoxPlots.byGroup(Peers.customers(), "income", "segment", Progress.none());
        Table matplotlib = Peers.read("box.csv");

        assertThat(boxes).extracting(BoxStats::group).containsExactly("A", "B", "C");
        for (BoxStats box : boxes) {
            String group = box.group();
            assertThat(box.count()).isEqualTo((long) Peers.cell(matplotlib, group, "count"));
            DescribeTest.assertClose(group + " mean", box.mean(), Peers.cell(matplotlib, group, "mean"));
            DescribeTest.assertClose(group + " q1", box.q1(), Peers.cell(matplotlib, group, "q1"));
            DescribeTest.assertClose(group + " median", box.median(), Peers.cell(matplotlib, group, "median"));
            DescribeTest.assertClose(group + " q3", box.q3(), Peers.cell(matplotlib, group, "q3"));
            DescribeTest.assertClose(group + " low", box.lowerWhisker(), Peers.cell(matplotlib, group, "lower_whisker"));
            DescribeTest.assertClose(group + " high", box.upperWhisker(),
                    Peers.cell(matplotlib, group, "upper_whisker"));
            assertThat(box.outlierCount()).isEqualTo((long) Peers.cell(matplotlib, group, "outliers"));
            assertThat(box.outliers()).hasSize((int) box.outlierCount());
        }
    }

    @Test
    void whiskersStopAtTheLastValueInsideOneAndAHalfBoxes() {
        // 1..8 and 30: Q1 = 3, Q3 = 7 (positions 2 and 6), IQR 4, fences -3 and 13:
        // whiskers at 1 and 8, 30 is the one outlier
        Table values = Fixtures.table("x\n1\n2\n3\n4\n5\n6\n7\n8\n30\n");

        BoxStats box = BoxPlots.byGroup(values, "x", null, Progress.none()).get(0);

        assertThat(box.q1()).isEqualTo(3);
        assertThat(box.q3()).isEqualTo(7);
        assertThat(box.lowerWhisker()).isEqualTo(1);
        assertThat(box.upperWhisker()).isEqualTo(8);
        assertThat(box.outliers()).containsExactly(30.0);
        assertThat(box.outliersSampled()).isFalse();
    }
}
