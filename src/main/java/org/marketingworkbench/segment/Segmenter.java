package org.marketingworkbench.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Customer segmentation: sweeps k to help choose it, and segments a table into k groups with
 * profiles, descriptions and a map. The one entry point for the page, the report and the CLI.
 */
public final class Segmenter {

    private Segmenter() {
    }

    /** Segments {@code table} with the given parameters. */
    public static SegmentationResult segment(Table table, SegmentationParameters parameters, Progress progress) {
        FeatureMatrix matrix = FeatureMatrixBuilder.build(table, parameters.features());
        double[] money = parameters.moneyColumn().map(column -> moneyValues(table, column, matrix)).orElse(null);
        return segment(matrix, parameters, money, progress);
    }

    /** Segments an already built feature matrix; {@code money} is aligned with its rows, or null. */
    public static SegmentationResult segment(FeatureMatrix matrix, SegmentationParameters parameters, double[] money,
            Progress progress) {
        KMeansOptions options = parameters.kmeans();
        Clustering clustering = LloydKMeans.fit(matrix.points(), options, progress.slice(0, 0.8));
        progress.checkCancelled();
        progress.update(0.8, 1, Messages.get("segment.progress.quality"));
        ClusterQuality quality = quality(matrix.points(), clustering, options, progress);
        List<SegmentProfile> profiles = SegmentProfiler.profiles(matrix, clustering, money);
        progress.checkCancelled();
        progress.update(0.9, 1, Messages.get("segment.progress.map"));
        MapProjection map = PcaMap.project(matrix.points(), options.seed());
        double[][] centers = clustering.centers();
        double[][] original = new double[centers.length][];
        for (int c = 0; c < centers.length; c++) {
            original[c] = matrix.toOriginal(centers[c]);
        }
        progress.update(1, 1, "");
        return new SegmentationResult(parameters, matrix.features(), matrix.notices(), clustering, original, quality,
                profiles, Collections.nCopies(clustering.k(), ""), map, matrix.sourceRows(), matrix.tableRows());
    }

    /**
     * Tries every k from {@code fromK} to {@code toK}: inertia, silhouette (on one seeded sample for
     * all k beyond 10,000 rows), Calinski-Harabasz and Davies-Bouldin, the elbow and a suggested k.
     */
    public static KSweepResult sweep(Table table, SegmentationParameters parameters, int fromK, int toK,
            Progress progress) {
        if (fromK < 2 || toK < fromK) {
            throw new BadInputException("segment.error.kRange", fromK, toK);
        }
        FeatureMatrix matrix = FeatureMatrixBuilder.build(table, parameters.features());
        Points points = matrix.points();
        LloydKMeans.requireEnoughDistinctPoints(points, toK);
        KMeansOptions options = parameters.kmeans();
        List<SweepPoint> sweep = new ArrayList<>();
        Silhouette.Value silhouette = null;
        int count = toK - fromK + 1;
        try (ParallelChunks parallel = new ParallelChunks(options.threads())) {
            for (int k = fromK; k <= toK; k++) {
                progress.checkCancelled();
                int step = k - fromK;
                Progress slice = progress.slice(step / (double) count, (step + 1) / (double) count);
                slice.update(0, 1, Messages.get("segment.progress.sweep", k));
                Clustering clustering = LloydKMeans.fit(points, options.withK(k), slice.slice(0, 0.8));
                QualityIndices indices = QualityIndices.of(points, clustering.labels(), k);
                silhouette = Silhouette.of(points, clustering.labels(), k, Silhouette.EXACT_LIMIT, options.seed(),
                        parallel, slice);
                sweep.add(new SweepPoint(k, clustering.inertia(), silhouette.value(), indices.calinskiHarabasz(),
                        indices.daviesBouldin(), clustering.iterations()));
                slice.update(1, 1, Messages.get("segment.progress.sweep", k));
            }
        }
        return new KSweepResult(sweep, KSuggestion.from(sweep), silhouette.sampleSize(), silhouette.exact(),
                points.rows(), matrix.features(), matrix.notices());
    }

    private static ClusterQuality quality(Points points, Clustering clustering, KMeansOptions options,
            Progress progress) {
        QualityIndices indices = QualityIndices.of(points, clustering.labels(), clustering.k());
        try (ParallelChunks parallel = new ParallelChunks(options.threads())) {
            Silhouette.Value silhouette = Silhouette.of(points, clustering.labels(), clustering.k(),
                    Silhouette.EXACT_LIMIT, options.seed(), parallel, progress);
            return new ClusterQuality(silhouette.value(), silhouette.sampleSize(), silhouette.exact(),
                    indices.calinskiHarabasz(), indices.daviesBouldin());
        }
    }

    /** The money column's values for the matrix rows; a missing amount counts as 0. */
    private static double[] moneyValues(Table table, String name, FeatureMatrix matrix) {
        if (!table.containsColumn(name)) {
            throw new BadInputException("cli.error.missingColumn", name, String.join(", ", table.columnNames()));
        }
        Column<?> column = table.column(name);
        if (!(column instanceof NumericColumn<?> numbers)) {
            throw new BadInputException("segment.error.notNumeric", name,
                    column.type().name().toLowerCase(java.util.Locale.ROOT));
        }
        double[] values = new double[matrix.rows()];
        for (int point = 0; point < values.length; point++) {
            int row = matrix.sourceRow(point);
            values[point] = numbers.isMissing(row) ? 0 : numbers.getDouble(row);
        }
        return values;
    }
}
