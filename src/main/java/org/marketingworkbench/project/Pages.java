package org.marketingworkbench.project;

/** The names of the pages whose parameters a project keeps (the keys under "pages"). */
public final class Pages {
    public static final String EXPLORE = "explore";
    public static final String SEGMENTS = "segments";
    public static final String BASKETS = "baskets";
    public static final String PREDICT = "predict";
    public static final String RECOMMEND = "recommend";
    public static final String CAMPAIGNS = "campaigns";

    /** The Campaigns page: input, column mapping, a, budget and the A/B test pair. */
    public static final PageKey<CampaignParameters> CAMPAIGN_PARAMETERS = PageKey.of(CAMPAIGNS, CampaignParameters.class);

    /** The Predict page: target, features, model and its parameters, validation, seed. */
    public static final PageKey<PredictParameters> PREDICT_PARAMETERS = PageKey.of(PREDICT, PredictParameters.class);

    /** The Baskets page: input and its basket layout, item mapping and mining limits. */
    public static final PageKey<BasketParameters> BASKET_PARAMETERS = PageKey.of(BASKETS, BasketParameters.class);

    /** The "input" of a page that reads the output of the Prepare recipe instead of one source. */
    public static final String PREPARED_INPUT = "prepared";

    private Pages() {
    }
}
