package org.marketingworkbench.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.i18n.Messages;

class CampaignColumnsTest {

    @Test
    void guessesEnglishHeaders() {
        CampaignColumns columns = CampaignColumns.guess(List.of("campaign", "channel", "target_segment", "reach",
                "engagements", "conversions", "cost", "revenue", "start_date"));

        assertThat(columns).isEqualTo(new CampaignColumns("campaign", "channel", "target_segment", "reach",
                "engagements", "conversions", "cost", "revenue"));
    }

    @Test
    void prefersTheNameOverTheIdentifier() {
        CampaignColumns columns = CampaignColumns.guess(List.of("campaign_id", "campaign", "channel", "target_segment",
                "reach", "engagements", "conversions", "cost", "revenue"));

        assertThat(columns.name()).isEqualTo("campaign");
    }

    @Test
    void guessesChineseHeaders() {
        CampaignColumns columns = CampaignColumns.guess(List.of("活动名称", "渠道", "目标人群", "曝光量", "互动数", "转化数", "花费", "销售额"));

        assertThat(columns).isEqualTo(new CampaignColumns("活动名称", "渠道", "目标人群", "曝光量", "互动数", "转化数", "花费", "销售额"));
    }

    @Test
    void verdictSaysWhichIsBetterAndWhetherItIsReal() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            String notReal = Verdict.describe(ProportionTest.of(20, 1000, 60, 2000), "Spring sale", "Newsletter");
            assertThat(notReal).startsWith("Newsletter converts better than Spring sale: 3% against 2% (+50%).")
                    .contains("not statistically significant").contains("per campaign");
            String real = Verdict.describe(ProportionTest.of(300, 10_000, 200, 10_000), "A", "B");
            assertThat(real).contains("is statistically significant");
            assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, "campaign.verdict.significant", 0.01)).contains("显著");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
