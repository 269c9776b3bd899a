package org.marketingworkbench.prepare.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Fixtures;
import org.marketingworkbench.prepare.StepOutcome;
import tech.tablesaw.api.Table;

class RfmScoresTest {
    private final Table customers = Fixtures.table("""
            customer,recency,frequency,monetary
            c1,5,12,900
            c2,40,3,150
            c3,10,8,500
            c4,200,1,80
            c5,90,2,60
            c6,10,8,620
            c7,300,1,30
            c8,60,4,200
            c9,20,6,300
            c10,150,2,90
            """);

    @Test
    void scoresAndNamesEachCustomerByHand() {
        // n = 10, so ranks 1-2 score 1, 3-4 score 2, ... 9-10 score 5 (ties in order of appearance).
        // recency ascending: c1 5, c3 10, c6 10, c9 20 | c2 40, c8 60 | c5 90, c10 150 | c4 200, c7 300,
        //   reversed: c1 5, c3 5, c6 4, c9 4, c2 3, c8 3, c5 2, c10 2, c4 1, c7 1 (c3 and c6 tie on 10 days)
        // frequency ascending: c4 1, c7 1, c5 2, c10 2, c2 3, c8 4, c9 6, c3 8, c6 8, c1 12
        // monetary ascending: c7 30, c5 60, c4 80, c10 90, c2 150, c8 200, c9 300, c3 500, c6 620, c1 900
        StepOutcome outcome = Fixtures.apply(RfmScores.standard(), customers);

        Table table = outcome.table();
        assertThat(table.intColumn("r_score").asList()).containsExactly(5, 3, 5, 1, 2, 4, 1, 3, 4, 2);
        assertThat(table.intColumn("f_score").asList()).containsExactly(5, 3, 4, 1, 2, 5, 1, 3, 4, 2);
        assertThat(table.intColumn("m_score").asList()).containsExactly(5, 3, 4, 2, 1, 5, 1, 3, 4, 2);
        // FM = (F + M + 1) / 2: c1 5 -> Champions; c3 R5 FM4 -> Champions; c6 R4 FM5 -> Loyal;
        // c4 R1 FM2 -> Lost; c5 R2 FM2 -> Hibernating; c2, c8 R3 FM3 -> Need attention
        assertThat(table.stringColumn("rfm_segment").asList()).containsExactly("Champions", "Need attention",
                "Champions", "Lost", "Hibernating", "Loyal", "Lost", "Need attention", "Loyal", "Hibernating");
        assertThat(outcome.report().columnsAdded()).containsExactly("r_score", "f_score", "m_score", "rfm_segment");
    }

    @Test
    void fewerThanFiveCustomersIsBadInput() {
        Table few = customers.first(4);

        assertThatThrownBy(() -> Fixtures.apply(RfmScores.standard(), few)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.rfmTooFew"));
    }

    @Test
    void aTextRecencyIsBadInput() {
        Table text = customers.copy();
        text.replaceColumn("recency", text.column("recency").asStringColumn().setName("recency"));

        assertThatThrownBy(() -> Fixtures.apply(RfmScores.standard(), text)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("prepare.error.notNumeric"));
    }
}
