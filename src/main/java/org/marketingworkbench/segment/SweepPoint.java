package org.marketingworkbench.segment;

/**
 * The figures of one k in a sweep.
 *
 * @param k                the number of segments
 * @param inertia          J, the sum of squared distances to the centres (lower with every k)
 * @param silhouette       mean silhouette (higher is better)
 * @param calinskiHarabasz Calinski-Harabasz index (higher is better)
 * @param daviesBouldin    Davies-Bouldin index (lower is better)
 * @param iterations       Lloyd iterations of the kept start
 */
public record SweepPoint(int k, double inertia, double silhouette, double calinskiHarabasz, double daviesBouldin,
        int iterations) {
}
