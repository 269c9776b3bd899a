package org.marketingworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.InputTable;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PairViewModelTest {
    private final PairViewModel model = new PairViewModel(new SameThreadTaskExecutor(), new FakeDialogService());

    /**
     * By hand: A = 1,1,0,1,0 and B = 1,0,0,1,1 over 5 rows. Both are 1 in rows 1 and 4: support 2/5 = 0.4;
     * A is 1 three times: confidence 2/3; B is 1 in 3 of 5 rows: lift (2/3) / (3/5) = 10/9.
     */
    @Test
    void aPairOfZeroOneColumnsGivesSupportConfidenceAndLiftOfANDB() {
        model.setInput(input(Table.create("t", IntColumn.create("A", 1, 1, 0, 1, 0), IntColumn.create("B", 1, 0, 0, 1, 1))));

        model.firstProperty().set("A");
        model.secondProperty().set("B");

        var rule = model.resultProperty().get();
        assertThat(rule.bothCount()).isEqualTo(2);
        assertThat(rule.support()).isCloseTo(0.4, within(1e-12));
        assertThat(rule.confidence()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(rule.lift()).isCloseTo(10.0 / 9, within(1e-12));
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aColumnThatIsNotZeroOneIsNamedInTheProblemAndGivesNoRule() {
        model.setInput(input(Table.create("t", IntColumn.create("A", 1, 0, 1), IntColumn.create("age", 34, 51, 27),
                StringColumn.create("name", "a", "b", "c"))));

        model.firstProperty().set("A");
        model.secondProperty().set("age");

        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.problemProperty().get()).contains("age");
    }

    private static InputTable input(Table table) {
        return new InputTable("t.csv", false, table, Map.of());
    }
}
