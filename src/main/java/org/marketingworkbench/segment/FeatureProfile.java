package org.marketingworkbench.segment;

/**
 * One feature of one segment against the whole base, in the feature's original units.
 *
 * @param feature         the feature
 * @param segmentValue    the segment's mean (for a category level: its share, 0 to 1)
 * @param baseValue       the mean (or share) over all segmented rows
 * @param differenceInSd  (segment - base) / the base's standard deviation of the feature
 */
public record FeatureProfile(FeatureColumn feature, double segmentValue, double baseValue, double differenceInSd) {

    /** True when the values are shares of a category level rather than means. */
    public boolean isShare() {
        return feature.isCategory();
    }
}
