package org.marketingworkbench.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The segmentation as tables: assignments, profiles, the k sweep, and the input with a segment
 * column. The page, the command line and the report export them through the shared CSV exporter
 * (BOM, formula guard, pseudonyms), so the files are the same from every path.
 */
public final class SegmentTables {
    /** The name of the column that holds each row's segment name in a published table. */
    public static final String SEGMENT_COLUMN = "segment";

    private SegmentTables() {
    }

    /**
     * One row per table row: its id (else the row number from 1), the segment number from 1 and
     * the distance to the segment's centre in scaled units; both empty for a row left out for
     * missing values. With {@code withNames}, a segment_name column follows the number.
     */
    public static Table assignments(SegmentationResult result, Optional<Column<?>> ids, boolean withNames) {
        int rows = result.tableRows();
        int[] pointOfRow = pointOfRow(result);
        Column<?> id = ids.<Column<?>>map(Column::copy).orElseGet(() -> rowNumbers(rows));
        IntColumn segment = IntColumn.create("segment", rows);
        StringColumn name = StringColumn.create("segment_name", rows);
        DoubleColumn distance = DoubleColumn.create("distance", rows);
        List<String> names = result.names();
        for (int row = 0; row < rows; row++) {
            int point = pointOfRow[row];
            if (point < 0) {
                segment.setMissing(row);
                name.setMissing(row);
                distance.setMissing(row);
            } else {
                int label = result.clustering().label(point);
                segment.set(row, label + 1);
                name.set(row, names.get(label));
                distance.set(row, result.clustering().distance(point));
            }
        }
        Table table = Table.create("assignments", id, segment);
        if (withNames) {
            table.addColumns(name);
        }
        return table.addColumns(distance);
    }

    /** One row per segment and feature: the segment's mean (or share) against the base's. */
    public static Table profiles(SegmentationResult result) {
        IntColumn segment = IntColumn.create("segment");
        StringColumn name = StringColumn.create("name");
        IntColumn size = IntColumn.create("size");
        DoubleColumn share = DoubleColumn.create("share");
        DoubleColumn revenueShare = DoubleColumn.create("revenue_share");
        StringColumn description = StringColumn.create("description");
        StringColumn feature = StringColumn.create("feature");
        StringColumn kind = StringColumn.create("kind");
        DoubleColumn segmentValue = DoubleColumn.create("segment_value");
        DoubleColumn baseValue = DoubleColumn.create("base_value");
        DoubleColumn difference = DoubleColumn.create("difference_sd");
        for (SegmentProfile profile : result.profiles()) {
            for (FeatureProfile value : profile.features()) {
                segment.append(profile.segment() + 1);
                name.append(result.name(profile.segment()));
                size.append(profile.size());
                share.append(profile.share());
                if (profile.revenueShare().isPresent()) {
                    revenueShare.append(profile.revenueShare().getAsDouble());
                } else {
                    revenueShare.appendMissing();
                }
                description.append(profile.description());
                feature.append(value.feature().name());
                kind.append(value.isShare() ? "share" : "mean");
                segmentValue.append(value.segmentValue());
                baseValue.append(value.baseValue());
                difference.append(value.differenceInSd());
            }
        }
        return Table.create("profiles", segment, name, size, share, revenueShare, description, feature, kind,
                segmentValue, baseValue, difference);
    }

    /** One row per k tried, with the elbow and the suggestion marked. */
    public static Table sweep(KSweepResult sweep) {
        OptionalInt elbow = sweep.suggestion().elbow();
        IntColumn k = IntColumn.create("k");
        DoubleColumn inertia = DoubleColumn.create("inertia");
        DoubleColumn silhouette = DoubleColumn.create("silhouette");
        DoubleColumn calinskiHarabasz = DoubleColumn.create("calinski_harabasz");
        DoubleColumn daviesBouldin = DoubleColumn.create("davies_bouldin");
        BooleanColumn isElbow = BooleanColumn.create("elbow");
        BooleanColumn suggested = BooleanColumn.create("suggested");
        for (SweepPoint point : sweep.points()) {
            k.append(point.k());
            inertia.append(point.inertia());
            silhouette.append(point.silhouette());
            calinskiHarabasz.append(point.calinskiHarabasz());
            daviesBouldin.append(point.daviesBouldin());
            isElbow.append(elbow.isPresent() && elbow.getAsInt() == point.k());
            suggested.append(point.k() == sweep.suggestedK());
        }
        return Table.create("sweep", k, inertia, silhouette, calinskiHarabasz, daviesBouldin, isElbow, suggested);
    }

    /**
     * {@code table} with a {@link #SEGMENT_COLUMN} column holding each row's segment name (empty
     * for rows left out), replacing an earlier one. The other columns are shared, not copied.
     */
    public static Table withSegmentColumn(Table table, SegmentationResult result, String tableName) {
        if (table.rowCount() != result.tableRows()) {
            throw new IllegalArgumentException("the result belongs to a table of " + result.tableRows() + " rows");
        }
        int[] labels = result.segmentColumn();
        List<String> names = result.names();
        StringColumn segment = StringColumn.create(SEGMENT_COLUMN, labels.length);
        for (int row = 0; row < labels.length; row++) {
            if (labels[row] < 0) {
                segment.setMissing(row);
            } else {
                segment.set(row, names.get(labels[row]));
            }
        }
        List<Column<?>> columns = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            if (!column.name().equalsIgnoreCase(SEGMENT_COLUMN)) {
                columns.add(column);
            }
        }
        columns.add(segment);
        return Table.create(tableName, columns.toArray(Column<?>[]::new));
    }

    private static int[] pointOfRow(SegmentationResult result) {
        int[] pointOfRow = new int[result.tableRows()];
        java.util.Arrays.fill(pointOfRow, -1);
        int[] sourceRows = result.sourceRows();
        for (int point = 0; point < sourceRows.length; point++) {
            pointOfRow[sourceRows[point]] = point;
        }
        return pointOfRow;
    }

    private static IntColumn rowNumbers(int rows) {
        int[] numbers = new int[rows];
        for (int row = 0; row < rows; row++) {
            numbers[row] = row + 1;
        }
        return IntColumn.create("row", numbers);
    }
}
