package org.marketingworkbench.prepare.steps;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.prepare.Quantiles;

/** The edges of the bands of a {@link Bin} step and the band of a value. */
final class BandEdges {
    private final double[] edges;
    private final boolean merged;

    private BandEdges(double[] edges, boolean merged) {
        this.edges = edges;
        this.merged = merged;
    }

    static BandEdges of(String column, Bin.Method method, double[] values, int bins, List<Double> given) {
        if (method == Bin.Method.EDGES) {
            double[] edges = given.stream().mapToDouble(Double::doubleValue).toArray();
            if (edges.length < 2) {
                throw new BadInputException("prepare.error.binEdges");
            }
            for (int index = 1; index < edges.length; index++) {
                if (!(edges[index] > edges[index - 1])) {
                    throw new BadInputException("prepare.error.binEdges");
                }
            }
            return new BandEdges(edges, false);
        }
        if (bins < 1) {
            throw new BadInputException("prepare.error.binCount", bins);
        }
        Quantiles quantiles = Quantiles.of(values);
        if (quantiles.count() == 0) {
            throw new BadInputException("prepare.error.allMissing", column);
        }
        double[] edges = new double[bins + 1];
        for (int index = 0; index <= bins; index++) {
            edges[index] = method == Bin.Method.QUANTILES ? quantiles.at((double) index / bins)
                    : quantiles.min() + (quantiles.max() - quantiles.min()) * index / bins;
        }
        edges[bins] = quantiles.max();
        double[] distinct = Arrays.stream(edges).distinct().toArray();
        if (distinct.length == 1) {
            // no spread: one band holding the single value
            distinct = new double[] {distinct[0], distinct[0]};
        }
        return new BandEdges(distinct, distinct.length != edges.length);
    }

    int count() {
        return edges.length - 1;
    }

    /** True when equal quantiles made some bands coincide, so there are fewer bands than asked for. */
    boolean merged() {
        return merged;
    }

    /** The band of {@code value} (0-based), or -1 outside the edges. */
    int bandOf(double value) {
        if (value < edges[0] || value > edges[edges.length - 1]) {
            return -1;
        }
        if (value == edges[0]) {
            return 0;
        }
        int found = Arrays.binarySearch(edges, value);
        // an exact edge belongs to the band below it; otherwise the insertion point is the band's upper edge
        int upper = found >= 0 ? found : -found - 1;
        return upper - 1;
    }

    /** Labels such as "[0, 18]", "(18, 30]". */
    List<String> labels() {
        List<String> labels = new ArrayList<>(count());
        for (int band = 0; band < count(); band++) {
            labels.add((band == 0 ? "[" : "(") + format(edges[band]) + ", " + format(edges[band + 1]) + "]");
        }
        return labels;
    }

    private static String format(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
