package org.marketingworkbench.segment;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything a segmentation run needs besides the data.
 *
 * @param features    the columns and their preparation
 * @param kmeans      k, restarts, seed and the stopping rule
 * @param moneyColumn a numeric column whose total is split by segment (revenue share), if any
 */
public record SegmentationParameters(FeatureSelection features, KMeansOptions kmeans, Optional<String> moneyColumn) {

    public SegmentationParameters {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(kmeans, "kmeans");
        Objects.requireNonNull(moneyColumn, "moneyColumn");
    }

    public static SegmentationParameters of(FeatureSelection features, int k, long seed) {
        return new SegmentationParameters(features, KMeansOptions.of(k, seed), Optional.empty());
    }

    public SegmentationParameters withKMeans(KMeansOptions value) {
        return new SegmentationParameters(features, value, moneyColumn);
    }

    public SegmentationParameters withMoneyColumn(String column) {
        return new SegmentationParameters(features, kmeans, Optional.of(column));
    }
}
