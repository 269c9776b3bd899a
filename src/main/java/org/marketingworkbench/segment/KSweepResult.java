package org.marketingworkbench.segment;

import java.util.List;

/**
 * The figures of every k tried, the elbow of J(k) and the suggested k.
 *
 * @param points               one entry per k, in increasing k
 * @param suggestion           the suggested k, the elbow and the reason
 * @param silhouetteSampleSize the number of points each silhouette was computed on (the same sample for every k)
 * @param silhouetteExact      true when the silhouettes used every point
 * @param rows                 the number of points segmented (rows left out for missing values not counted)
 * @param features             the feature dimensions clustered
 * @param notices              what the user should know about the features (left out, rows dropped)
 */
public record KSweepResult(List<SweepPoint> points, KSuggestion suggestion, int silhouetteSampleSize,
        boolean silhouetteExact, int rows, List<FeatureColumn> features, List<Notice> notices) {

    public KSweepResult {
        points = List.copyOf(points);
        features = List.copyOf(features);
        notices = List.copyOf(notices);
    }

    public int suggestedK() {
        return suggestion.k();
    }
}
