package org.marketingworkbench.segment;

/**
 * How well the points are split into segments.
 *
 * @param silhouette           mean silhouette, -1 to 1, higher is better (NaN when undefined)
 * @param silhouetteSampleSize the number of points it was computed on
 * @param silhouetteExact      true when computed on every point, false on a seeded random sample
 * @param calinskiHarabasz     between- over within-segment dispersion, higher is better
 * @param daviesBouldin        mean worst-case ratio of spread to separation, lower is better
 */
public record ClusterQuality(double silhouette, int silhouetteSampleSize, boolean silhouetteExact,
        double calinskiHarabasz, double daviesBouldin) {
}
