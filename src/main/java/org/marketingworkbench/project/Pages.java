package org.marketingworkbench.project;

/** The names of the pages whose parameters a project keeps (the keys under "pages"). */
public final class Pages {
    public static final String EXPLORE = "explore";
    public static final String SEGMENTS = "segments";
    public static final String BASKETS = "baskets";
    public static final String PREDICT = "predict";
    public static final String RECOMMEND = "recommend";
    public static final String CAMPAIGNS = "campaigns";
    public static final String REPORT = "report";

    /** The Campaigns page: input, column mapping, a, budget and the A/B test pair. */
    public static final PageKey<CampaignParameters> CAMPAIGN_PARAMETERS = PageKey.of(CAMPAIGNS, CampaignParameters.class);

    /** The Explore page: input, distribution column and split, bins, pivot table, correlation method. */
    public static final PageKey<ExploreParameters> EXPLORE_PARAMETERS = PageKey.of(EXPLORE, ExploreParameters.class);

    /** The Predict page: target, features, model and its parameters, validation, seed. */
    public static final PageKey<PredictParameters> PREDICT_PARAMETERS = PageKey.of(PREDICT, PredictParameters.class);

    /** The Recommend page: columns, sources, settings and the customer looked up. */
    public static final PageKey<RecommendPageParameters> RECOMMEND_PARAMETERS = PageKey.of(RECOMMEND,
            RecommendPageParameters.class);
    /** The Segments page: input, features, scaling, k and its range, seed, restarts, money column. */
    public static final PageKey<SegmentParameters> SEGMENT_PARAMETERS = PageKey.of(SEGMENTS, SegmentParameters.class);
    /** The Baskets page: input and its basket layout, item mapping and mining limits. */
    public static final PageKey<BasketParameters> BASKET_PARAMETERS = PageKey.of(BASKETS, BasketParameters.class);
    /** The Report page: the sections left out (the headless report leaves them out too). */
    public static final PageKey<ReportParameters> REPORT_PARAMETERS = PageKey.of(REPORT, ReportParameters.class);

    /** The "input" of a page that reads the output of the Prepare recipe instead of one source. */
    public static final String PREPARED_INPUT = "prepared";

    private Pages() {
    }
}
