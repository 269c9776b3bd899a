package org.marketingworkbench.segment;

/**
 * Loops written so the JIT vectorises them: arrays indexed from 0 by the loop variable, no
 * branches inside. Measured on JDK 17 (AVX-512): fusing four features per pass halves the time of
 * the distance step against one pass per feature.
 */
final class VectorLoops {

    private VectorLoops() {
    }

    /** out = (first ? start : out) + a0*x0 + a1*x1 + a2*x2 + a3*x3, element by element. */
    static void fused4(double[] out, boolean first, double start, double a0, double[] x0, double a1, double[] x1,
            double a2, double[] x2, double a3, double[] x3, int length) {
        if (first) {
            for (int p = 0; p < length; p++) {
                out[p] = start + a0 * x0[p] + a1 * x1[p] + a2 * x2[p] + a3 * x3[p];
            }
        } else {
            for (int p = 0; p < length; p++) {
                out[p] += a0 * x0[p] + a1 * x1[p] + a2 * x2[p] + a3 * x3[p];
            }
        }
    }

    static void fused2(double[] out, boolean first, double start, double a0, double[] x0, double a1, double[] x1,
            int length) {
        if (first) {
            for (int p = 0; p < length; p++) {
                out[p] = start + a0 * x0[p] + a1 * x1[p];
            }
        } else {
            for (int p = 0; p < length; p++) {
                out[p] += a0 * x0[p] + a1 * x1[p];
            }
        }
    }

    static void fused1(double[] out, boolean first, double start, double a0, double[] x0, int length) {
        if (first) {
            for (int p = 0; p < length; p++) {
                out[p] = start + a0 * x0[p];
            }
        } else {
            for (int p = 0; p < length; p++) {
                out[p] += a0 * x0[p];
            }
        }
    }

    /** out += (x - c)^2, element by element. */
    static void addSquaredDifference(double[] out, double[] x, double c, int length) {
        for (int p = 0; p < length; p++) {
            double difference = x[p] - c;
            out[p] += difference * difference;
        }
    }

    /** values = min(values, bound), element by element. */
    static void minimumInPlace(double[] values, double[] bound, int length) {
        for (int p = 0; p < length; p++) {
            values[p] = Math.min(values[p], bound[p]);
        }
    }

    /** The sum, with four running sums so the additions overlap instead of waiting on each other. */
    static double sum(double[] values, int length) {
        return sum(values, 0, length);
    }

    /** The sum of values[from .. to - 1], four running sums. */
    static double sum(double[] values, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int index = from;
        for (; index + 3 < to; index += 4) {
            s0 += values[index];
            s1 += values[index + 1];
            s2 += values[index + 2];
            s3 += values[index + 3];
        }
        for (; index < to; index++) {
            s0 += values[index];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
