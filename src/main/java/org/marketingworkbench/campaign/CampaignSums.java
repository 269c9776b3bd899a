package org.marketingworkbench.campaign;

/** Adding campaigns up (for segment x channel cells); cost and revenue stay NaN when unknown. */
final class CampaignSums {

    private CampaignSums() {
    }

    static Campaign add(Campaign a, Campaign b) {
        return new Campaign(a.name(), a.channel(), a.segment(), a.reach() + b.reach(), a.engagements() + b.engagements(),
                a.conversions() + b.conversions(), a.cost() + b.cost(), a.revenue() + b.revenue());
    }
}
