package org.marketingworkbench.segment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import tech.tablesaw.columns.Column;

/**
 * The segment exports: assignments, profiles and the k sweep as CSV. All CSV writing of this
 * feature is here, so the shared exporter can replace it in one place. Files are UTF-8 with a
 * byte-order mark (Excel then reads Chinese text), and text cells starting with = + - @ tab or CR
 * get a leading quote so a spreadsheet does not run them as formulas; numbers are written as
 * they are, since a number cannot carry a formula.
 */
public final class SegmentCsv {

    private SegmentCsv() {
    }

    /**
     * One line per table row: its id (or row number from 1), segment number from 1 (empty for a
     * row left out for missing values) and distance to its segment's centre in scaled units.
     */
    public static void writeAssignments(Path file, SegmentationResult result, Optional<Column<?>> ids)
            throws IOException {
        int[] pointOfRow = new int[result.tableRows()];
        java.util.Arrays.fill(pointOfRow, -1);
        int[] sourceRows = result.sourceRows();
        for (int point = 0; point < sourceRows.length; point++) {
            pointOfRow[sourceRows[point]] = point;
        }
        try (BufferedWriter out = open(file)) {
            row(out, ids.map(Column::name).orElse("row"), "segment", "distance");
            for (int row = 0; row < pointOfRow.length; row++) {
                Object id = ids.isPresent() ? ids.get().getString(row) : row + 1;
                int point = pointOfRow[row];
                if (point < 0) {
                    row(out, id, "", "");
                } else {
                    row(out, id, result.clustering().label(point) + 1, result.clustering().distance(point));
                }
            }
        }
    }

    /** One line per segment and feature: the segment's mean or share against the base's. */
    public static void writeProfiles(Path file, SegmentationResult result) throws IOException {
        try (BufferedWriter out = open(file)) {
            row(out, "segment", "name", "size", "share", "revenue_share", "description", "feature", "kind",
                    "segment_value", "base_value", "difference_sd");
            for (SegmentProfile profile : result.profiles()) {
                for (FeatureProfile feature : profile.features()) {
                    row(out, profile.segment() + 1, result.name(profile.segment()), profile.size(), profile.share(),
                            profile.revenueShare().isPresent() ? profile.revenueShare().getAsDouble() : "",
                            profile.description(), feature.feature().name(), feature.isShare() ? "share" : "mean",
                            feature.segmentValue(), feature.baseValue(), feature.differenceInSd());
                }
            }
        }
    }

    /** One line per k tried, with the elbow and the suggestion marked. */
    public static void writeSweep(Path file, KSweepResult sweep) throws IOException {
        OptionalInt elbow = sweep.suggestion().elbow();
        try (BufferedWriter out = open(file)) {
            row(out, "k", "inertia", "silhouette", "calinski_harabasz", "davies_bouldin", "elbow", "suggested");
            for (SweepPoint point : sweep.points()) {
                row(out, point.k(), point.inertia(), point.silhouette(), point.calinskiHarabasz(),
                        point.daviesBouldin(), elbow.isPresent() && elbow.getAsInt() == point.k(),
                        point.k() == sweep.suggestedK());
            }
        }
    }

    private static BufferedWriter open(Path file) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write('\uFEFF');
        return out;
    }

    private static void row(BufferedWriter out, Object... cells) throws IOException {
        for (int index = 0; index < cells.length; index++) {
            if (index > 0) {
                out.write(',');
            }
            out.write(cell(cells[index]));
        }
        out.write("\r\n");
    }

    static String cell(Object value) {
        if (value instanceof Double number) {
            return Double.isNaN(number) ? "" : String.format(Locale.ROOT, "%s", number);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = String.valueOf(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
