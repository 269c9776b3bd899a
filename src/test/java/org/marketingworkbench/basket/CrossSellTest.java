package org.marketingworkbench.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CrossSellTest {

    /** C1 buys phone and case together; C2 a phone alone, then a charger; C3 a phone twice; C4 only a case. */
    private static Transactions baskets() {
        Table lines = Table.create("orders",
                StringColumn.create("order", "1", "1", "2", "3", "4", "5", "6"),
                StringColumn.create("customer", "C1", "C1", "C2", "C2", "C3", "C3", "C4"),
                StringColumn.create("item", "phone", "case", "phone", "charger", "phone", "phone", "case"));
        return OrderLines.read(lines, OrderColumns.of("order", "item").withCustomer("customer"), Progress.none());
    }

    @Test
    void listsCustomersWithTheAntecedentButNotTheConsequent() {
        AssociationRule phoneToCase = new AssociationRule(List.of("phone"), List.of("case"), 1, 0, 0, 0, 0, 0);

        List<CrossSell.Target> targets = CrossSell.targets(baskets(), phoneToCase);

        // C3 bought a phone in two baskets, C2 in one; C1 has the case; C4 no phone
        assertThat(targets).containsExactly(new CrossSell.Target("C3", 2, List.of("case")),
                new CrossSell.Target("C2", 1, List.of("case")));
    }

    @Test
    void basketsWithoutCustomersHaveNoCrossSellList() {
        AssociationRule rule = new AssociationRule(List.of("bread"), List.of("milk"), 1, 0, 0, 0, 0, 0);

        assertThatThrownBy(() -> CrossSell.targets(HandExampleTest.BASKETS, rule))
                .isInstanceOf(BadInputException.class).hasMessageContaining("customer");
    }
}
