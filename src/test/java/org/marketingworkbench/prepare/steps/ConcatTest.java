package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class ConcatTest {
    private final Table march = Fixtures.table("id,amount,channel\n1,10,web\n2,20,app\n");
    private final Table april = Fixtures.table("id,amount,coupon\n3,7.5,SPRING\n");
    private final Table may = Fixtures.table("id,amount\nA4,30\n");

    private StepOutcome concat(String... sources) {
        ApplyContext context = new ApplyContext(Map.of("march.csv", march, "april.csv", april, "may.csv", may));
        return Fixtures.apply(Concat.of(sources), march, context);
    }

    @Test
    void alignsColumnsByNameAndLeavesAbsentCellsMissing() {
        StepOutcome outcome = concat("april.csv");

        Table table = outcome.table();
        assertThat(table.columnNames()).containsExactly("id", "amount", "channel", "coupon");
        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.stringColumn("channel").isMissing(2)).isTrue();
        assertThat(table.stringColumn("coupon").asList()).containsExactly("", "", "SPRING");
        // whole and decimal amounts become decimal
        assertThat(table.column("amount").type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(table.doubleColumn("amount").asList()).containsExactly(10.0, 20.0, 7.5);
        assertThat(outcome.rowNumbers()).containsExactly(1, 2, 3);
    }

    @Test
    void reportsColumnsOnlyInOneSourceAndTypeConflicts() {
        StepOutcome outcome = concat("april.csv", "may.csv");

        assertThat(outcome.report().count("rowsAppended")).isEqualTo(2);
        // april lacks channel and has coupon; may lacks channel: 3 mismatches
        assertThat(outcome.report().count("mismatchedColumns")).isEqualTo(3);
        // id is a whole number in march and april but text in may: the column becomes text
        assertThat(outcome.report().count("typeConflicts")).isEqualTo(2);
        assertThat(outcome.table().column("id").type()).isEqualTo(ColumnType.STRING);
        assertThat(outcome.table().stringColumn("id").asList()).containsExactly("1", "2", "3", "A4");
        assertThat(outcome.report().notes()).extracting(note -> note.key()).contains("prepare.note.sourceLacks",
                "prepare.note.sourceExtra", "prepare.note.typeConflict");
    }

    @Test
    void anUnknownSourceIsBadInput() {
        assertThatThrownBy(() -> concat("june.csv")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("june.csv");
    }
}
