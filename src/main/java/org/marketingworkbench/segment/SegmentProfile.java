package org.marketingworkbench.segment;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.marketingworkbench.i18n.Messages;

/**
 * One segment against the whole base: its size, every feature's mean (or share) beside the
 * base's, and the few differences that describe it in words.
 *
 * @param segment      the segment number, from 0
 * @param size         the number of rows in it
 * @param share        size over all segmented rows
 * @param features     one entry per feature dimension, in feature order
 * @param traits       its strongest differences, strongest first
 * @param revenueShare its share of the money column's total, when a money column was named
 */
public record SegmentProfile(int segment, int size, double share, List<FeatureProfile> features, List<Trait> traits,
        OptionalDouble revenueShare) {

    public SegmentProfile {
        features = List.copyOf(features);
        traits = List.copyOf(traits);
    }

    /** The segment in words, e.g. "older, high income, buys rarely", in the current language. */
    public String description() {
        if (traits.isEmpty()) {
            return Messages.get("segment.describe.average");
        }
        return traits.stream().map(Trait::text).collect(Collectors.joining(Messages.get("segment.describe.separator")));
    }
}
