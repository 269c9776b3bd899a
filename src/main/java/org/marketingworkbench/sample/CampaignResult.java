package org.marketingworkbench.sample;

import java.time.LocalDate;

/** One row of campaigns.csv: one campaign wave on one channel aimed at one customer group. */
record CampaignResult(String campaignId, String campaign, String channel, CustomerGroup segment, LocalDate start,
        LocalDate end, int reach, int engagements, int conversions, long costCents, long revenueCents) {
}
