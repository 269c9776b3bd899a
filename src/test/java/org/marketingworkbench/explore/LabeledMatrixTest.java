package org.marketingworkbench.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class LabeledMatrixTest {

    @Test
    void labelsThatDifferOnlyInCaseOrSpacesStillGetAColumnEach() {
        // the sample customers have the cities "上海" and "上海 " (a planted trailing space)
        LabeledMatrix matrix = new LabeledMatrix(List.of("女"), List.of("上海", "上海 ", "Total", "total"),
                new double[][] {{1, 2, 3, 4}});

        Table table = matrix.toTable("pivot", "gender");

        assertThat(table.columnNames()).containsExactly("gender", "上海", "上海  (2)", "Total", "total (2)");
        assertThat(table.doubleColumn(2).get(0)).isEqualTo(2);
    }
}
