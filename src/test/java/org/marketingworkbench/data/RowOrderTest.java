package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RowOrderTest {
    /** Rows 0..4: score 3, missing, 1, 3, 2; city Shanghai, 上海, Beijing, shanghai, 北京. */
    private final Table table = Table.create("t",
            DoubleColumn.create("score", 3, Double.NaN, 1, 3, 2),
            StringColumn.create("city", "Shanghai", "上海", "Beijing", "shanghai", "北京"));

    @Test
    void descendingSortKeepsTiesInFileOrderAndMissingLast() {
        int[] order = RowOrder.sort(table, null, "score", false, Progress.none());

        // 3 (row 0), 3 (row 3), 2 (row 4), 1 (row 2), missing (row 1)
        assertThat(order).containsExactly(0, 3, 4, 2, 1);
    }

    @Test
    void ascendingSortAlsoPutsMissingLast() {
        assertThat(RowOrder.sort(table, null, "score", true, Progress.none())).containsExactly(2, 4, 0, 3, 1);
    }

    @Test
    void filterIgnoresCaseAndReturnsRowsInTableOrder() {
        assertThat(RowOrder.filter(table, "SHANGHAI", Progress.none())).containsExactly(0, 3);
        assertThat(RowOrder.filter(table, "上海", Progress.none())).containsExactly(1);
        assertThat(RowOrder.filter(table, "  ", Progress.none())).isNull();
    }

    @Test
    void sortingAFilteredSetSortsOnlyThoseRows() {
        int[] shanghai = RowOrder.filter(table, "shanghai", Progress.none());

        assertThat(RowOrder.sort(table, shanghai, "city", true, Progress.none())).containsExactly(0, 3);
    }
}
