package org.marketingworkbench.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;

class CampaignScorerTest {
    /*
     * Hand example.
     *   A: reach 1000, engagements 100, conversions 20 -> R = 0.10, V = 0.020
     *   B: reach 2000, engagements 100, conversions 60 -> R = 0.05, V = 0.030
     *   C: reach  500, engagements  75, conversions  5 -> R = 0.15, V = 0.010
     * Min-max: R in [0.05, 0.15] -> A 0.5, B 0, C 1;  V in [0.01, 0.03] -> A 0.5, B 1, C 0.
     * a = 0.3: P(A) = 0.3*0.5 + 0.7*0.5 = 0.5; P(B) = 0.7*1 = 0.7; P(C) = 0.3*1 = 0.3 -> B, A, C
     * a = 0.7: P(A) = 0.5; P(B) = 0.3; P(C) = 0.7 -> C, A, B
     * As lines in a: A = 0.5 + 0a, B = 1 - a, C = 0 + a. B leads from a = 0; A and C both reach
     * B at a = 0.5 (1 - a = 0.5 and 1 - a = a), where C, rising, takes over for good.
     */
    static final Campaign A = new Campaign("A", "WeChat", "Young", 1000, 100, 20, 500, 2000);
    static final Campaign B = new Campaign("B", "email", "Young", 2000, 100, 60, 300, 3000);
    static final Campaign C = new Campaign("C", "Weibo", "Loyal", 500, 75, 5, 100, 150);

    @Test
    void normalisedRatesAndScoresMatchTheHandComputation() {
        CampaignScorer scorer = new CampaignScorer(List.of(A, B, C));

        assertThat(scorer.attention(0)).isCloseTo(0.5, within(1e-12));
        assertThat(scorer.attention(1)).isCloseTo(0.0, within(1e-12));
        assertThat(scorer.conversion(1)).isCloseTo(1.0, within(1e-12));
        assertThat(scorer.score(0, 0.3)).isCloseTo(0.5, within(1e-12));
        assertThat(scorer.score(1, 0.3)).isCloseTo(0.7, within(1e-12));
        assertThat(scorer.score(2, 0.3)).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void rankingFollowsTheWeight() {
        CampaignScorer scorer = new CampaignScorer(List.of(A, B, C));

        assertThat(scorer.rank(0.3)).extracting(s -> s.campaign().name()).containsExactly("B", "A", "C");
        assertThat(scorer.rank(0.7)).extracting(s -> s.campaign().name()).containsExactly("C", "A", "B");
        assertThat(scorer.rank(0.5)).extracting(ScoredCampaign::rank).containsExactly(1, 1, 1);
    }

    @Test
    void theTopCampaignChangesExactlyWhereTheLinesCross() {
        List<TopChanges.Change> changes = TopChanges.of(new CampaignScorer(List.of(A, B, C)));

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).alpha()).isCloseTo(0.5, within(1e-12));
        assertThat(changes.get(0).from()).isEqualTo(1);
        assertThat(changes.get(0).to()).isEqualTo(2);
    }

    @Test
    void topChangesAgreeWithASweepOfTheSlider() {
        java.util.Random random = new java.util.Random(7);
        List<Campaign> campaigns = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long reach = 1000 + random.nextInt(9000);
            campaigns.add(new Campaign("c" + i, "x", "s", reach, random.nextInt((int) reach), random.nextInt(300), 1, 1));
        }
        CampaignScorer scorer = new CampaignScorer(campaigns);
        List<TopChanges.Change> changes = TopChanges.of(scorer);
        int previous = scorer.campaigns().indexOf(scorer.rank(0).get(0).campaign());
        int found = 0;
        for (int step = 1; step <= 100_000; step++) {
            double alpha = step / 100_000.0;
            int top = scorer.campaigns().indexOf(scorer.rank(alpha).get(0).campaign());
            if (top != previous) {
                TopChanges.Change change = changes.get(found++);
                assertThat(change.alpha()).isCloseTo(alpha, within(1.1e-5));
                assertThat(change.to()).isEqualTo(top);
                previous = top;
            }
        }
        assertThat(found).isEqualTo(changes.size());
    }

    @Test
    void aRateThatDoesNotVaryCannotTellCampaignsApart() {
        Campaign x = new Campaign("x", "", "", 100, 10, 1, 1, 1);
        Campaign y = new Campaign("y", "", "", 200, 20, 4, 1, 1);
        CampaignScorer scorer = new CampaignScorer(List.of(x, y));

        assertThat(scorer.attention(0)).isEqualTo(CampaignScorer.CONSTANT_RATE);
        assertThat(scorer.attention(1)).isEqualTo(CampaignScorer.CONSTANT_RATE);
        assertThat(scorer.conversion(1)).isEqualTo(1.0);
    }

    @Test
    void derivedFiguresFollowTheirDefinitions() {
        assertThat(A.costPerAcquisition()).isEqualTo(25.0);
        assertThat(A.returnOnInvestment()).isEqualTo(3.0);
        assertThat(A.revenuePerReach()).isEqualTo(2.0);
        assertThat(A.label()).isEqualTo("A (WeChat, Young)");
    }

    @Test
    void aWeightOutsideZeroToOneIsRejected() {
        CampaignScorer scorer = new CampaignScorer(List.of(A, B));
        assertThatThrownBy(() -> scorer.rank(1.5)).isInstanceOf(BadInputException.class);
    }

    @Test
    void segmentChannelMatrixMarksTheBestChannelPerSegment() {
        // Cells: (Young, WeChat) = A, (Young, email) = B, (Loyal, Weibo) = C, scored like the campaigns.
        SegmentChannelMatrix matrix = SegmentChannelMatrix.of(List.of(A, B, C), 0.3);

        assertThat(matrix.segments()).containsExactly("Loyal", "Young");
        assertThat(matrix.channels()).containsExactly("WeChat", "Weibo", "email");
        assertThat(matrix.bestChannel("Young")).isEqualTo("email");
        assertThat(matrix.bestChannel("Loyal")).isEqualTo("Weibo");
        assertThat(matrix.score()[1][2]).isCloseTo(0.7, within(1e-12));
        assertThat(matrix.score()[0][0]).isNaN();
    }

    @Test
    void budgetPlanUsesTheBestChannelsCostPerAcquisition() {
        // Young's best at a = 0.3 is email (B): CPA 300 / 60 = 5; Loyal's is Weibo (C): CPA 100 / 5 = 20.
        // A budget of 1000 gives each segment 500: 500 / 5 = 100 and 500 / 20 = 25 conversions.
        List<BudgetPlan.Line> plan = BudgetPlan.plan(SegmentChannelMatrix.of(List.of(A, B, C), 0.3), 1000);

        assertThat(plan).extracting(BudgetPlan.Line::segment).containsExactly("Loyal", "Young");
        assertThat(plan.get(0).expectedConversions()).isCloseTo(25, within(1e-9));
        assertThat(plan.get(1).channel()).isEqualTo("email");
        assertThat(plan.get(1).expectedConversions()).isCloseTo(100, within(1e-9));
    }
}
