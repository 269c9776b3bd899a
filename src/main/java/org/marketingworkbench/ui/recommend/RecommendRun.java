package org.marketingworkbench.ui.recommend;

import org.marketingworkbench.recommend.RecommendRequest;
import org.marketingworkbench.recommend.RecommendResult;

/**
 * One finished run of the page: what was asked and what came out.
 *
 * @param request   the columns and settings used
 * @param result    the model, every customer's recommendations and the evaluation
 * @param inputName the label of the interactions table
 */
public record RecommendRun(RecommendRequest request, RecommendResult result, String inputName) {
}
