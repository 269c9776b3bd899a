package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.Table;

class ColumnStepsTest {
    private final Table customers = Fixtures.table("id,name,age\n1,Li,30\n2,Wang,40\n");

    @Test
    void renamesColumnsAndReportsTheRenames() {
        StepOutcome outcome = Fixtures.apply(RenameColumns.of("name", "姓名"), customers);

        assertThat(outcome.table().columnNames()).containsExactly("id", "姓名", "age");
        assertThat(outcome.report().columnsRenamed()).containsEntry("name", "姓名");
        assertThat(outcome.report().columnsAdded()).isEmpty();
        assertThat(customers.columnNames()).as("input untouched").containsExactly("id", "name", "age");
    }

    @Test
    void swapsTwoNames() {
        Map<String, String> swap = new LinkedHashMap<>();
        swap.put("name", "age");
        swap.put("age", "name");

        StepOutcome outcome = Fixtures.apply(new RenameColumns(true, swap), customers);

        assertThat(outcome.table().columnNames()).containsExactly("id", "age", "name");
        assertThat(outcome.table().intColumn("name").get(0)).isEqualTo(30);
    }

    @Test
    void aNameThatIsTakenIsBadInput() {
        assertThatThrownBy(() -> Fixtures.apply(RenameColumns.of("name", "age"), customers))
                .isInstanceOf(BadInputException.class).hasMessageContaining("age");
    }

    @Test
    void dropsColumns() {
        StepOutcome outcome = Fixtures.apply(DropColumns.of("name"), customers);

        assertThat(outcome.table().columnNames()).containsExactly("id", "age");
        assertThat(outcome.report().columnsRemoved()).containsExactly("name");
    }

    @Test
    void droppingEveryColumnIsBadInput() {
        assertThatThrownBy(() -> Fixtures.apply(DropColumns.of("id", "name", "age"), customers))
                .isInstanceOf(BadInputException.class);
    }
}
