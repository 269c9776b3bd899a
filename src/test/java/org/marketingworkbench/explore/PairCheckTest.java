package org.marketingworkbench.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Fixtures;
import tech.tablesaw.api.Table;

class PairCheckTest {

    @Test
    void computesSupportConfidenceAndLiftByHand() {
        // 10 rows, 1 with a gap: 9 used. A in rows 1-4 (4), B in rows 1-3 and 5-6 (5), both in rows 1-3 (3).
        // support 3/9; confidence 3/4; lift (3/4) / (5/9) = 1.35
        Table table = Fixtures.table("""
                coupon,bought
                1,1
                1,1
                1,1
                1,0
                0,1
                0,1
                0,0
                0,0
                0,0
                ,1
                """);

        PairRule rule = PairCheck.of(table, "coupon", "bought");

        assertThat(rule.rows()).isEqualTo(9);
        assertThat(rule.bothCount()).isEqualTo(3);
        assertThat(rule.support()).isEqualTo(3.0 / 9);
        assertThat(rule.confidence()).isEqualTo(0.75);
        assertThat(rule.lift()).isCloseTo(1.35, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aColumnThatIsNotZeroOrOneIsBadInput() {
        Table table = Fixtures.table("a,b\n1,2\n0,1\n");

        assertThatThrownBy(() -> PairCheck.of(table, "a", "b")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("\"b\"").hasMessageContaining("2");
    }
}
