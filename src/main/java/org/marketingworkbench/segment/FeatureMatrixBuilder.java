package org.marketingworkbench.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marketingworkbench.common.BadInputException;
import tech.tablesaw.api.Table;

/**
 * Builds the {@link FeatureMatrix} from a table: reads the chosen columns, applies the user's
 * choice for missing values, leaves out constant features with a notice, and scales.
 */
public final class FeatureMatrixBuilder {

    private FeatureMatrixBuilder() {
    }

    public static FeatureMatrix build(Table table, FeatureSelection selection) {
        if (table.rowCount() == 0) {
            throw new BadInputException("segment.error.emptyTable");
        }
        if (table.rowCount() == 1) {
            throw new BadInputException("segment.error.oneRow");
        }
        RawFeatures raw = RawFeatures.read(table, selection);
        List<Notice> notices = new ArrayList<>();
        int[] kept = handleMissing(raw, table.rowCount(), selection.missing(), notices);
        if (kept.length == 0) {
            throw new BadInputException("segment.error.emptyTable");
        }
        if (kept.length == 1) {
            throw new BadInputException("segment.error.oneRow");
        }
        List<Integer> informative = new ArrayList<>();
        for (int dim = 0; dim < raw.features().size(); dim++) {
            if (isConstant(raw.values().get(dim), kept)) {
                notices.add(Notice.of("segment.notice.constant", raw.features().get(dim).name()));
            } else {
                informative.add(dim);
            }
        }
        if (informative.isEmpty()) {
            throw new BadInputException("segment.error.allConstant");
        }
        return scale(raw, kept, informative, selection.scaling(), table.rowCount(), notices);
    }

    /** The rows to keep; fills gaps in place when the user chose the mean. */
    private static int[] handleMissing(RawFeatures raw, int rows, MissingValues choice, List<Notice> notices) {
        boolean[] incomplete = new boolean[rows];
        int incompleteRows = 0;
        Set<String> columns = new LinkedHashSet<>();
        for (int dim = 0; dim < raw.features().size(); dim++) {
            double[] values = raw.values().get(dim);
            for (int row = 0; row < rows; row++) {
                if (Double.isNaN(values[row])) {
                    columns.add(raw.features().get(dim).column());
                    incompleteRows += incomplete[row] ? 0 : 1;
                    incomplete[row] = true;
                }
            }
        }
        if (incompleteRows > 0 && choice == MissingValues.ASK) {
            throw new BadInputException("segment.error.missing", incompleteRows, String.join(", ", columns));
        }
        if (incompleteRows > 0 && choice == MissingValues.MEAN) {
            notices.add(Notice.of("segment.notice.filled", fillWithMeans(raw)));
            incomplete = new boolean[rows];
        } else if (incompleteRows > 0) {
            notices.add(Notice.of("segment.notice.dropped", incompleteRows));
        }
        int[] kept = new int[rows];
        int count = 0;
        for (int row = 0; row < rows; row++) {
            if (!incomplete[row]) {
                kept[count++] = row;
            }
        }
        return java.util.Arrays.copyOf(kept, count);
    }

    /** Fills each gap with its feature's mean; returns the number of cells filled (a category counts once). */
    private static int fillWithMeans(RawFeatures raw) {
        int filled = 0;
        Set<String> countedCategoryCells = new java.util.HashSet<>();
        for (int dim = 0; dim < raw.features().size(); dim++) {
            double[] values = raw.values().get(dim);
            double sum = 0;
            int present = 0;
            for (double value : values) {
                if (!Double.isNaN(value)) {
                    sum += value;
                    present++;
                }
            }
            if (present == 0) {
                throw new BadInputException("segment.error.allMissing", raw.features().get(dim).column());
            }
            double mean = sum / present;
            FeatureColumn feature = raw.features().get(dim);
            for (int row = 0; row < values.length; row++) {
                if (Double.isNaN(values[row])) {
                    values[row] = mean;
                    boolean firstLevel = !feature.isCategory() || countedCategoryCells.add(feature.column() + '\n' + row);
                    filled += firstLevel ? 1 : 0;
                }
            }
        }
        return filled;
    }

    private static boolean isConstant(double[] values, int[] kept) {
        double first = values[kept[0]];
        for (int row : kept) {
            if (values[row] != first) {
                return false;
            }
        }
        return true;
    }

    private static FeatureMatrix scale(RawFeatures raw, int[] kept, List<Integer> dims, Scaling scaling, int tableRows,
            List<Notice> notices) {
        int rows = kept.length;
        double[] values = new double[rows * dims.size()];
        double[] center = new double[dims.size()];
        double[] scale = new double[dims.size()];
        List<FeatureColumn> features = new ArrayList<>();
        for (int index = 0; index < dims.size(); index++) {
            double[] source = raw.values().get(dims.get(index));
            features.add(raw.features().get(dims.get(index)));
            double[] centerAndScale = centerAndScale(source, kept, scaling);
            center[index] = centerAndScale[0];
            scale[index] = centerAndScale[1];
            int offset = index * rows;
            for (int row = 0; row < rows; row++) {
                values[offset + row] = (source[kept[row]] - center[index]) / scale[index];
            }
        }
        return new FeatureMatrix(new Points(values, rows, dims.size()), features, kept, tableRows, center, scale,
                scaling, notices);
    }

    private static double[] centerAndScale(double[] values, int[] kept, Scaling scaling) {
        switch (scaling) {
            case ZSCORE -> {
                double mean = 0;
                for (int row : kept) {
                    mean += values[row];
                }
                mean /= kept.length;
                double squares = 0;
                for (int row : kept) {
                    squares += (values[row] - mean) * (values[row] - mean);
                }
                return new double[] {mean, Math.sqrt(squares / kept.length)};
            }
            case MINMAX -> {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int row : kept) {
                    min = Math.min(min, values[row]);
                    max = Math.max(max, values[row]);
                }
                return new double[] {min, max - min};
            }
            default -> {
                return new double[] {0, 1};
            }
        }
    }
}
