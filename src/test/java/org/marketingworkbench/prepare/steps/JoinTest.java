package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.Table;

class JoinTest {
    // orders: customer 3 has no profile, row 5 has no customer; profiles: 9 has no order, 2 appears twice
    private final Table orders = Fixtures.table("""
            order,customer,amount
            100,1,10
            101,2,20
            102,3,30
            103,1,40
            104,,50
            """);
    private final Table profiles = Fixtures.table("""
            customer,city,amount
            1,Shanghai,900
            2,Beijing,800
            2,Tianjin,700
            9,Wuhan,600
            ,Nowhere,500
            """);

    private StepOutcome join(Join.Kind kind) {
        ApplyContext context = new ApplyContext(Map.of("orders.csv", orders, "profiles.csv", profiles));
        return Fixtures.apply(Join.of("profiles.csv", "customer", kind), orders, context);
    }

    @Test
    void leftJoinKeepsEveryRowAndRepeatsRowsOfRepeatedKeys() {
        StepOutcome outcome = join(Join.Kind.LEFT);

        Table table = outcome.table();
        // order 101 matches customer 2 twice; missing keys never match (not even the missing profile key)
        assertThat(table.intColumn("order").asList()).containsExactly(100, 101, 101, 102, 103, 104);
        assertThat(table.stringColumn("city").asList())
                .containsExactly("Shanghai", "Beijing", "Tianjin", "", "Shanghai", "");
        assertThat(outcome.rowNumbers()).containsExactly(1, 2, 2, 3, 4, 5);
        assertThat(table.columnNames()).containsExactly("order", "customer", "amount", "city", "amount_profiles");
    }

    @Test
    void innerJoinRemovesUnmatchedRowsAndListsThem() {
        StepOutcome outcome = join(Join.Kind.INNER);

        assertThat(outcome.table().intColumn("order").asList()).containsExactly(100, 101, 101, 103);
        assertThat(outcome.report().affected().rowNumbers()).containsExactly(3, 5);
    }

    @Test
    void countsUnmatchedAndRepeatedKeysOnEachSide() {
        StepOutcome outcome = join(Join.Kind.LEFT);

        // left keys 1, 2, 3 (1 twice): 3 unmatched; rows of order 102 and of the missing key unmatched
        assertThat(outcome.report().count("leftUnmatchedKeys")).isEqualTo(1);
        assertThat(outcome.report().count("leftUnmatchedRows")).isEqualTo(2);
        assertThat(outcome.report().count("rightUnmatchedKeys")).isEqualTo(1);
        assertThat(outcome.report().count("leftRepeatedKeys")).isEqualTo(1);
        assertThat(outcome.report().count("rightRepeatedKeys")).isEqualTo(1);
        assertThat(outcome.report().count("rightMissingKeys")).isEqualTo(1);
    }

    @Test
    void keysOfDifferentTypesAreBadInput() {
        Table textKeys = Fixtures.table("customer,city\nC1,Shanghai\n");
        ApplyContext context = new ApplyContext(Map.of("orders.csv", orders, "profiles.csv", textKeys));

        assertThatThrownBy(() -> Fixtures.apply(Join.of("profiles.csv", "customer", Join.Kind.INNER), orders, context))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.joinKeyTypes"))
                .hasMessageContaining("whole number").hasMessageContaining("text");
    }

    @Test
    void wholeNumberKeysOfDifferentWidthsMatch() {
        Table longKeys = Table.create("profiles", tech.tablesaw.api.LongColumn.create("customer", new long[] {1, 2}),
                tech.tablesaw.api.StringColumn.create("city", new String[] {"Shanghai", "Beijing"}));
        ApplyContext context = new ApplyContext(Map.of("profiles.csv", longKeys));

        StepOutcome outcome = Fixtures.apply(Join.of("profiles.csv", "customer", Join.Kind.INNER), orders, context);

        assertThat(outcome.table().rowCount()).isEqualTo(3);
    }
}
