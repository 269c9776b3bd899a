package org.marketingworkbench.prepare.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.i18n.Messages;

class RfmSegmentsTest {

    @Test
    void everyCellOfTheGridBelongsToExactlyOneRule() {
        for (int recency = 1; recency <= 5; recency++) {
            for (int frequencyMonetary = 1; frequencyMonetary <= 5; frequencyMonetary++) {
                int r = recency;
                int fm = frequencyMonetary;
                long rules = RfmSegments.rules().stream().filter(rule -> rule.covers(r, fm)).count();
                assertThat(rules).as("R %d, FM %d", r, fm).isEqualTo(1);
            }
        }
    }

    @Test
    void everySegmentHasARule() {
        Set<RfmSegment> named = EnumSet.noneOf(RfmSegment.class);
        RfmSegments.rules().forEach(rule -> named.add(rule.segment()));

        assertThat(named).containsExactlyInAnyOrder(RfmSegment.values());
    }

    @Test
    void namesTheCornersOfTheGrid() {
        assertThat(RfmSegments.segmentOf(5, 5, 5)).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(RfmSegments.segmentOf(1, 5, 5)).isEqualTo(RfmSegment.CANT_LOSE_THEM);
        assertThat(RfmSegments.segmentOf(5, 1, 1)).isEqualTo(RfmSegment.NEW);
        assertThat(RfmSegments.segmentOf(1, 1, 1)).isEqualTo(RfmSegment.LOST);
        // F 4 and M 3: FM = (4 + 3 + 1) / 2 = 4, rounded half up
        assertThat(RfmSegments.frequencyMonetary(4, 3)).isEqualTo(4);
    }

    @Test
    void segmentNamesAreTranslated() {
        assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, "prepare.rfm.segment.champions")).isEqualTo("重要价值客户");
        assertThat(Messages.get(Locale.ENGLISH, "prepare.rfm.segment.cant_lose_them"))
                .isEqualTo(RfmSegment.CANT_LOSE_THEM.label());
    }
}
