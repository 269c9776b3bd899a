package org.marketingworkbench.project;

import java.util.List;
import java.util.Optional;
import org.marketingworkbench.segment.FeatureSelection;
import org.marketingworkbench.segment.KMeansOptions;
import org.marketingworkbench.segment.MissingValues;
import org.marketingworkbench.segment.Scaling;
import org.marketingworkbench.segment.SegmentationParameters;

/**
 * The Segments page's parameters in a project: enough to segment again with the same seed and get
 * the segments the page showed (their names are the project's {@code segmentNames}, keyed by the
 * segment number from 1). Left-out values take the page's defaults.
 *
 * @param input      the source id, or {@link Pages#PREPARED_INPUT}
 * @param numeric    numeric feature columns
 * @param categories category columns, one-hot encoded
 * @param scaling    zscore, minmax or none
 * @param missing    ask, drop or mean: what to do with rows with missing feature values
 * @param k          the number of segments
 * @param fromK      the start of the k range swept
 * @param toK        the end of the k range swept
 * @param seed       the random seed of the k-means starts
 * @param restarts   k-means starts, the best kept
 * @param money      the column whose total is split by segment, or null
 */
public record SegmentParameters(String input, List<String> numeric, List<String> categories, String scaling,
        String missing, Integer k, Integer fromK, Integer toK, Long seed, Integer restarts, String money) {

    public static final int DEFAULT_K = 4;
    public static final int DEFAULT_FROM_K = 2;
    public static final int DEFAULT_TO_K = 12;
    public static final long DEFAULT_SEED = 1;

    public SegmentParameters {
        numeric = numeric == null ? List.of() : List.copyOf(numeric);
        categories = categories == null ? List.of() : List.copyOf(categories);
        scaling = scaling == null ? Scaling.ZSCORE.id() : scaling;
        missing = missing == null ? MissingValues.ASK.id() : missing;
        k = k == null ? DEFAULT_K : k;
        fromK = fromK == null ? DEFAULT_FROM_K : fromK;
        toK = toK == null ? DEFAULT_TO_K : toK;
        seed = seed == null ? DEFAULT_SEED : seed;
        restarts = restarts == null ? KMeansOptions.DEFAULT_RESTARTS : restarts;
        money = money == null || money.isBlank() ? null : money;
    }

    /** The parameters of a segmentation, with the k range the page swept. */
    public static SegmentParameters of(String input, SegmentationParameters parameters, int fromK, int toK) {
        FeatureSelection features = parameters.features();
        KMeansOptions kmeans = parameters.kmeans();
        return new SegmentParameters(input, features.numeric(), features.categories(), features.scaling().id(),
                features.missing().id(), kmeans.k(), fromK, toK, kmeans.seed(), kmeans.restarts(),
                parameters.moneyColumn().orElse(null));
    }

    /** The segmentation these describe (bad input when the scaling, the missing-values choice or k is wrong). */
    public SegmentationParameters segmentation() {
        FeatureSelection features = new FeatureSelection(numeric, categories, Scaling.parse(scaling), missingValues());
        KMeansOptions kmeans = KMeansOptions.of(k, seed).withRestarts(restarts);
        return new SegmentationParameters(features, kmeans, Optional.ofNullable(money));
    }

    /** The missing-values choice; "ask" (the page has not asked yet) is allowed here, unlike on the command line. */
    public MissingValues missingValues() {
        return MissingValues.ASK.id().equalsIgnoreCase(missing.trim()) ? MissingValues.ASK : MissingValues.parse(missing);
    }

    /** The segment (from 0) a {@code segmentNames} key names: "1" is the first; -1 for a key that is no segment number. */
    public static int segmentIndex(String key) {
        return key != null && key.matches("[1-9]\\d{0,3}") ? Integer.parseInt(key) - 1 : -1;
    }
}
