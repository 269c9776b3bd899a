package org.marketingworkbench.data.column;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.StringColumn;

/**
 * A column built from codes through Tablesaw's dictionary builders behaves exactly like one
 * built by appending the same strings, for the byte, short and int dictionaries.
 */
class DictionaryColumnsTest {

    /** Rows cycling through {@code distinct} values, every seventh missing. */
    private static List<String> cells(int distinct, int rows) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cells.add(i % 7 == 3 ? "" : "v" + (i * 31 % distinct));
        }
        return cells;
    }

    private static StringColumn built(String name, List<String> cells) {
        List<String> values = new ArrayList<>();
        int[] codes = new int[cells.size()];
        int[] counts = new int[cells.size() + 1];
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                codes[i] = -1;
                continue;
            }
            int code = values.indexOf(cell);
            if (code < 0) {
                code = values.size();
                values.add(cell);
            }
            codes[i] = code;
            counts[code]++;
        }
        return DictionaryColumns.create(name, values, codes, cells.size(), counts);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 300, 70_000})
    void buildsWhatAppendingBuilds(int distinct) {
        List<String> cells = cells(distinct, Math.max(1_000, distinct * 2));
        StringColumn appended = StringColumn.create("c", cells);
        StringColumn built = built("c", cells);
        assertThat(built.asList()).isEqualTo(appended.asList());
        assertThat(built.countUnique()).isEqualTo(appended.countUnique());
        assertThat(built.countMissing()).isEqualTo(appended.countMissing());
        assertThat(built.unique().asList()).containsExactlyInAnyOrderElementsOf(appended.unique().asList());
        assertThat(built.isEqualTo("v0").size()).isEqualTo(appended.isEqualTo("v0").size());
        assertThat(built.countOccurrences("v1")).isEqualTo(appended.countOccurrences("v1"));
        assertThat(built.isMissing().size()).isEqualTo(appended.isMissing().size());
        assertThat(built.firstIndexOf("v2")).isEqualTo(appended.firstIndexOf("v2"));
        assertThat(built.countByCategory().rowCount()).isEqualTo(appended.countByCategory().rowCount());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 300})
    void aBuiltColumnTakesNewValuesLikeAnyOther(int distinct) {
        List<String> cells = cells(distinct, 1_000);
        StringColumn built = built("c", cells);
        built.append("brand new");
        built.set(0, "v1");
        StringColumn appended = StringColumn.create("c", cells);
        appended.append("brand new");
        appended.set(0, "v1");
        assertThat(built.asList()).isEqualTo(appended.asList());
        assertThat(built.countUnique()).isEqualTo(appended.countUnique());
    }
}
