package org.marketingworkbench.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;

class CellFormatTest {

    @Test
    void decimalsShowAtMostSixPlacesWithoutFloatingPointNoise() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; 1843.4 summed from order lines showed as 1843.4000000000001
        DoubleColumn sums = DoubleColumn.create("monetary", 0.1 + 0.2, 583.2705882352941, 1843.4000000000001, 12.0);
        sums.appendMissing();

        assertThat(CellFormat.text(sums, 0)).isEqualTo("0.3");
        assertThat(CellFormat.text(sums, 1)).isEqualTo("583.270588");
        assertThat(CellFormat.text(sums, 2)).isEqualTo("1843.4");
        assertThat(CellFormat.text(sums, 3)).isEqualTo("12");
        assertThat(CellFormat.text(sums, 4)).isEmpty();
        assertThat(CellFormat.text(StringColumn.create("name", "上海"), 0)).isEqualTo("上海");
    }
}
