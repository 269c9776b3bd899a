package org.marketingworkbench.project;

import org.marketingworkbench.campaign.CampaignColumns;

/**
 * The Campaigns page's parameters in a project.
 *
 * @param input   the source id the campaign results come from, or {@link Pages#PREPARED_INPUT}
 * @param columns which column holds what; null fields are guessed from the header
 * @param alpha   the weight a of attention against conversion, 0 to 1 (0.5 when left out)
 * @param budget  the budget to plan, or null for the campaigns' total cost
 * @param testA   the label of the first campaign of the A/B test, or null
 * @param testB   the label of the second campaign of the A/B test, or null
 */
public record CampaignParameters(String input, CampaignColumns columns, Double alpha, Double budget, String testA,
        String testB) {

    public static final double DEFAULT_ALPHA = 0.5;

    public CampaignParameters {
        alpha = alpha == null ? DEFAULT_ALPHA : alpha;
    }

    /** Parameters with every column guessed, a = 0.5 and the total cost as budget. */
    public static CampaignParameters defaults(String input) {
        return new CampaignParameters(input, null, DEFAULT_ALPHA, null, null, null);
    }

    /** The columns to use on a table with these column names: the stored choices over the guess. */
    public CampaignColumns columnsFor(java.util.List<String> columnNames) {
        CampaignColumns guess = CampaignColumns.guess(columnNames);
        return columns == null ? guess : guess.override(columns);
    }

    public CampaignParameters withAlpha(double value) {
        return new CampaignParameters(input, columns, value, budget, testA, testB);
    }
}
