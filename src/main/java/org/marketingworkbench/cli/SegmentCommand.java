package org.marketingworkbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.report.CsvExporter;
import org.marketingworkbench.segment.FeatureSelection;
import org.marketingworkbench.segment.IdentifierColumns;
import org.marketingworkbench.segment.KMeansOptions;
import org.marketingworkbench.segment.KSweepResult;
import org.marketingworkbench.segment.MissingValues;
import org.marketingworkbench.segment.Notice;
import org.marketingworkbench.segment.Scaling;
import org.marketingworkbench.segment.SegmentProfile;
import org.marketingworkbench.segment.SegmentTables;
import org.marketingworkbench.segment.SegmentationParameters;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.segment.Segmenter;
import org.marketingworkbench.segment.SweepPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** {@code segment}: k-means customer segments, headless (DESIGN.md section 4). */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {
            "Segments customers with k-means and writes assignments.csv, profiles.csv and, when k is swept, sweep.csv.",
            "Prints one JSON object: k, inertia, silhouette, sizes, centroids (in original units) and, when k is swept, "
                    + "sweep and suggested_k.",
            "Without --k or --k-range it sweeps k = 2..12 and segments with the suggested k."
        })
public final class SegmentCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = "--features", split = ",", paramLabel = "a,b,..",
            description = "Numeric columns to segment on. Default: every numeric column that is not an identifier "
                    + "(a column named id, customer_id, CustomerID, ... or numbered 1, 2, 3, ...).")
    List<String> features;

    @Option(names = "--categories", split = ",", paramLabel = "c,d,..",
            description = "Category columns to add, one-hot encoded (profiles show each level's share).")
    List<String> categories = new ArrayList<>();

    @Option(names = "--scale", defaultValue = "zscore", paramLabel = "zscore|minmax|none",
            description = "Feature scaling (default: ${DEFAULT-VALUE}).")
    String scale;

    @Option(names = "--k", paramLabel = "N", description = "The number of segments.")
    Integer k;

    @Option(names = "--k-range", paramLabel = "FROM..TO", description = "Try every k in this range and use the suggested one (default 2..12).")
    String kRange;

    @Option(names = "--restarts", defaultValue = "" + KMeansOptions.DEFAULT_RESTARTS, paramLabel = "R",
            description = "k-means++ starts per k; the lowest inertia is kept (default: ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--missing", paramLabel = "drop|mean",
            description = "Rows with missing feature values: drop them, or fill with the column mean. Required when there are any.")
    String missing;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the output files.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (k != null && kRange != null) {
            throw new BadInputException("segment.cli.kAndRange");
        }
        int[] range = k == null ? parseRange(kRange == null ? "2..12" : kRange) : null;
        FeatureSelection selection = new FeatureSelection(List.of(), categories, Scaling.parse(scale),
                missing == null ? MissingValues.ASK : MissingValues.parse(missing));
        KMeansOptions options = new KMeansOptions(k != null ? k : range[0], restarts, KMeansOptions.DEFAULT_MAX_ITERATIONS,
                KMeansOptions.DEFAULT_TOLERANCE, seed, Runtime.getRuntime().availableProcessors());
        DataSource source = input.load();
        Table table = source.table();
        List<Notice> notices = new ArrayList<>();
        List<String> numeric = features;
        if (numeric == null) {
            numeric = IdentifierColumns.defaultFeatures(table, source.roles());
            List<String> identifiers = IdentifierColumns.identifiers(table, source.roles());
            if (!identifiers.isEmpty()) {
                notices.add(Notice.of("segment.notice.idColumns", String.join(", ", identifiers)));
            }
        }
        SegmentationParameters parameters = new SegmentationParameters(
                new FeatureSelection(numeric, selection.categories(), selection.scaling(), selection.missing()),
                options, Optional.empty());
        CsvExporter csv = CsvExporter.withDefaults();
        try (OutputStage stage = OutputStage.open(out)) {
            KSweepResult sweep = null;
            if (range != null) {
                sweep = withCommandLineHint(() -> Segmenter.sweep(table, parameters, range[0], range[1], Progress.none()));
                csv.write(SegmentTables.sweep(sweep), stage.file("sweep.csv"));
            }
            int chosen = sweep == null ? k : sweep.suggestedK();
            SegmentationResult result = withCommandLineHint(
                    () -> Segmenter.segment(table, parameters.withKMeans(options.withK(chosen)), Progress.none()));
            Optional<Column<?>> ids = IdentifierColumns.identifiers(table, source.roles()).stream()
                    .<Column<?>>map(table::column).findFirst();
            csv.write(SegmentTables.assignments(result, ids, false), stage.file("assignments.csv"));
            csv.write(SegmentTables.profiles(result), stage.file("profiles.csv"));
            stage.commit();
            notices.addAll(result.notices());
            JsonOutput.print(spec.commandLine().getOut(), json(result, sweep, notices));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return ExitCode.OK;
    }

    /** "2..12" as {2, 12}. */
    static int[] parseRange(String text) {
        String[] parts = text.trim().split("\\.\\.");
        try {
            if (parts.length == 2) {
                int from = Integer.parseInt(parts[0].trim());
                int to = Integer.parseInt(parts[1].trim());
                if (from >= 2 && to >= from) {
                    return new int[] {from, to};
                }
            }
        } catch (NumberFormatException e) {
            // reported below with the text the user typed
        }
        throw new BadInputException("segment.error.kRange", parts[0], parts.length > 1 ? parts[1] : "?");
    }

    /** Missing values are the one question the command line answers with an option: name it. */
    private static <T> T withCommandLineHint(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (BadInputException e) {
            if (e.key().equals("segment.error.missing")) {
                throw new BadInputException(e, "segment.cli.missing", e.getMessage());
            }
            throw e;
        }
    }

    private static Map<String, Object> json(SegmentationResult result, KSweepResult sweep, List<Notice> notices) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("k", result.k());
        json.put("inertia", result.inertia());
        json.put("silhouette", number(result.quality().silhouette()));
        json.put("silhouette_sample_size", result.quality().silhouetteSampleSize());
        json.put("calinski_harabasz", number(result.quality().calinskiHarabasz()));
        json.put("davies_bouldin", number(result.quality().daviesBouldin()));
        json.put("sizes", result.sizes());
        json.put("shares", result.shares());
        List<Map<String, Double>> centroids = new ArrayList<>();
        for (int segment = 0; segment < result.k(); segment++) {
            centroids.add(result.centroid(segment));
        }
        json.put("centroids", centroids);
        json.put("descriptions", result.profiles().stream().map(SegmentProfile::description).toList());
        json.put("features", result.featureNames());
        json.put("rows_segmented", result.clustering().size());
        if (sweep != null) {
            List<Map<String, Object>> points = new ArrayList<>();
            for (SweepPoint point : sweep.points()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("k", point.k());
                entry.put("inertia", point.inertia());
                entry.put("silhouette", number(point.silhouette()));
                entry.put("calinski_harabasz", number(point.calinskiHarabasz()));
                entry.put("davies_bouldin", number(point.daviesBouldin()));
                points.add(entry);
            }
            json.put("sweep", points);
            json.put("elbow_k", sweep.suggestion().elbow().isPresent() ? sweep.suggestion().elbow().getAsInt() : null);
            json.put("suggested_k", sweep.suggestedK());
            json.put("suggestion", sweep.suggestion().reason());
        }
        json.put("notices", notices.stream().map(Notice::text).toList());
        return json;
    }

    /** JSON has no NaN: an undefined figure is null. */
    private static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
