package org.marketingworkbench.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.i18n.Messages;

/**
 * A finished segmentation: what the Segments page, the report writer and the command line read.
 * Segments are numbered from 0, largest first; shown to people as 1, 2, ...
 *
 * @param parameters        what was asked for
 * @param features          the feature dimensions clustered (after constant ones were left out)
 * @param notices           what the user should know about the features and rows
 * @param clustering        labels, distances to the own centre, centres in scaled units, inertia J
 * @param centroidsOriginal the centres in the features' original units (shares for category levels)
 * @param quality           silhouette, Calinski-Harabasz, Davies-Bouldin
 * @param profiles          per segment: size, share, feature means against the base, description
 * @param customNames       names the user gave, "" where the default name applies
 * @param map               the 2-D PCA projection of the points
 * @param sourceRows        the table row of each segmented point
 * @param tableRows         the number of rows of the table (rows dropped for missing values have no segment)
 */
public record SegmentationResult(SegmentationParameters parameters, List<FeatureColumn> features, List<Notice> notices,
        Clustering clustering, double[][] centroidsOriginal, ClusterQuality quality, List<SegmentProfile> profiles,
        List<String> customNames, MapProjection map, int[] sourceRows, int tableRows) {

    public SegmentationResult {
        features = List.copyOf(features);
        notices = List.copyOf(notices);
        profiles = List.copyOf(profiles);
        customNames = List.copyOf(customNames);
    }

    public int k() {
        return clustering.k();
    }

    public double inertia() {
        return clustering.inertia();
    }

    public int[] sizes() {
        return profiles.stream().mapToInt(SegmentProfile::size).toArray();
    }

    public double[] shares() {
        return profiles.stream().mapToDouble(SegmentProfile::share).toArray();
    }

    @Override
    public double[][] centroidsOriginal() {
        return Arrays.stream(centroidsOriginal).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public int[] sourceRows() {
        return sourceRows.clone();
    }

    /** Segment {@code segment}'s centre in original units, by feature name, in feature order. */
    public Map<String, Double> centroid(int segment) {
        Map<String, Double> centre = new LinkedHashMap<>();
        for (int dim = 0; dim < features.size(); dim++) {
            centre.put(features.get(dim).name(), centroidsOriginal[segment][dim]);
        }
        return Collections.unmodifiableMap(centre);
    }

    public List<String> featureNames() {
        return features.stream().map(FeatureColumn::name).toList();
    }

    /** The segment's name: the user's, else "Segment 1", "Segment 2", ... in the current language. */
    public String name(int segment) {
        String custom = customNames.get(segment);
        return custom.isBlank() ? Messages.get("segment.defaultName", segment + 1) : custom;
    }

    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int segment = 0; segment < k(); segment++) {
            names.add(name(segment));
        }
        return names;
    }

    /** The same result with segment {@code segment} renamed ("" restores the default name). */
    public SegmentationResult withName(int segment, String name) {
        List<String> names = new ArrayList<>(customNames);
        names.set(segment, name.strip());
        return withCustomNames(names);
    }

    /** The same result with every segment named after its description ("older, high income"). */
    public SegmentationResult withNamesFromDescriptions() {
        return withCustomNames(profiles.stream().map(SegmentProfile::description).toList());
    }

    private SegmentationResult withCustomNames(List<String> names) {
        return new SegmentationResult(parameters, features, notices, clustering, centroidsOriginal, quality, profiles,
                names, map, sourceRows, tableRows);
    }

    /**
     * The segment of every table row (from 0), -1 for rows left out for missing values: the column
     * to add to the prepared data.
     */
    public int[] segmentColumn() {
        int[] column = new int[tableRows];
        Arrays.fill(column, -1);
        for (int point = 0; point < sourceRows.length; point++) {
            column[sourceRows[point]] = clustering.label(point);
        }
        return column;
    }
}
