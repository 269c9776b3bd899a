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

    /** The Predict page: target, features, model and its parameters, validation, seed. */
    public static final PageKey<PredictParameters> PREDICT_PARAMETERS = PageKey.of(PREDICT, PredictParameters.class);

    /** The Report page: the sections left out (the headless report leaves them out too). */
    public static final PageKey<ReportParameters> REPORT_PARAMETERS = PageKey.of(REPORT, ReportParameters.class);

    /** The "input" of a page that reads the output of the Prepare recipe instead of one source. */
    public static final String PREPARED_INPUT = "prepared";

    private Pages() {
    }
}
