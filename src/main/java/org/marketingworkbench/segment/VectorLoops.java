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
}
