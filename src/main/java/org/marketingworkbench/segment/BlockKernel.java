package org.marketingworkbench.segment;

/**
 * The inner loops of k-means on a block of up to {@link #BLOCK} points, with one worker's scratch
 * arrays. The block is copied feature by feature into arrays that start at index 0 and every loop
 * runs over the points of the block: that is the shape JDK 17's C2 compiler turns into vector
 * instructions (loops over an offset into a big array are not vectorised). Nothing is allocated
 * per point or per block.
 */
final class BlockKernel {

    static final int BLOCK = 256;

    private final int dims;
    private final int k;
    /** block[dim][p]: feature dim of the block's point p. */
    private final double[][] block;
    /** partial[c][p]: |c|^2 - 2 x.c, the squared distance to centre c less |x|^2 (same for all c). */
    private final double[][] partial;
    private final double[] best;
    private final int[] nearest;
    private int length;

    BlockKernel(int dims, int k) {
        this.dims = dims;
        this.k = k;
        this.block = new double[dims][BLOCK];
        this.partial = new double[k][BLOCK];
        this.best = new double[BLOCK];
        this.nearest = new int[BLOCK];
    }

    /** Copies points {@code from} .. {@code from + length - 1} into the block. */
    void load(Points points, int from, int length) {
        double[] values = points.values();
        int rows = points.rows();
        for (int dim = 0; dim < dims; dim++) {
            System.arraycopy(values, dim * rows + from, block[dim], 0, length);
        }
        this.length = length;
    }

    int length() {
        return length;
    }

    /** The block's point p's nearest centre, after {@link #assign}. */
    int nearest(int p) {
        return nearest[p];
    }

    void setNearest(int p, int center) {
        nearest[p] = center;
    }

    /**
     * Finds each point's nearest centre. {@code minusTwice} holds -2 times the centres (k x dims,
     * centre by centre) and {@code norms} their squared lengths.
     */
    void assign(double[] minusTwice, double[] norms) {
        for (int c = 0; c < k; c++) {
            partialDistances(partial[c], minusTwice, c * dims, norms[c]);
        }
        System.arraycopy(partial[0], 0, best, 0, length);
        java.util.Arrays.fill(nearest, 0, length, 0);
        for (int c = 1; c < k; c++) {
            double[] candidate = partial[c];
            for (int p = 0; p < length; p++) {
                double value = candidate[p];
                double current = best[p];
                // branch-free "if (value < current) nearest = c": the sign bit of value - current;
                // a branch here mispredicts on every boundary point and costs more than the distances
                int closer = (int) (Double.doubleToRawLongBits(value - current) >>> 63);
                nearest[p] += closer * (c - nearest[p]);
                best[p] = Math.min(current, value);
            }
        }
    }

    /** Features fused four at a time: one pass over partial[] per four features instead of one per feature. */
    private void partialDistances(double[] out, double[] minusTwice, int offset, double norm) {
        int dim = 0;
        boolean first = true;
        while (dim < dims) {
            int left = dims - dim;
            int o = offset + dim;
            if (left >= 4) {
                VectorLoops.fused4(out, first, norm, minusTwice[o], block[dim], minusTwice[o + 1], block[dim + 1],
                        minusTwice[o + 2], block[dim + 2], minusTwice[o + 3], block[dim + 3], length);
                dim += 4;
            } else if (left >= 2) {
                VectorLoops.fused2(out, first, norm, minusTwice[o], block[dim], minusTwice[o + 1], block[dim + 1],
                        length);
                dim += 2;
            } else {
                VectorLoops.fused1(out, first, norm, minusTwice[o], block[dim], length);
                dim += 1;
            }
            first = false;
        }
    }

    /** Writes the block's nearest centres into {@code labels} from {@code offset}; returns how many changed. */
    int storeLabels(int[] labels, int offset) {
        int changed = 0;
        for (int p = 0; p < length; p++) {
            changed += labels[offset + p] == nearest[p] ? 0 : 1;
            labels[offset + p] = nearest[p];
        }
        return changed;
    }

    /**
     * For each point whose nearest centre differs from {@code labels}, moves it: adds it to the new
     * centre's sums and count, takes it from the old one's, and updates the label. Returns the
     * number moved.
     */
    int moveChanged(int[] labels, int offset, double[] sums, long[] counts) {
        int moved = 0;
        for (int p = 0; p < length; p++) {
            int now = nearest[p];
            int before = labels[offset + p];
            if (now != before) {
                moved++;
                labels[offset + p] = now;
                counts[now]++;
                counts[before]--;
                for (int dim = 0; dim < dims; dim++) {
                    double value = block[dim][p];
                    sums[now * dims + dim] += value;
                    sums[before * dims + dim] -= value;
                }
            }
        }
        return moved;
    }

    /** Adds the block's points to their nearest centre's sums (k x dims) and counts. */
    void accumulate(double[] sums, long[] counts) {
        for (int dim = 0; dim < dims; dim++) {
            double[] x = block[dim];
            for (int p = 0; p < length; p++) {
                sums[nearest[p] * dims + dim] += x[p];
            }
        }
        for (int p = 0; p < length; p++) {
            counts[nearest[p]]++;
        }
    }

    /**
     * Exact distances (sum of squared differences, no cancellation) from each point to the centre
     * in {@code nearest[p]}: returns their sum of squares, and writes the Euclidean distances to
     * {@code distances} from {@code offset} when that is not null.
     */
    double distancesToOwn(double[] centers, double[] distances, int offset) {
        java.util.Arrays.fill(best, 0, length, 0);
        for (int dim = 0; dim < dims; dim++) {
            double[] x = block[dim];
            for (int p = 0; p < length; p++) {
                double difference = x[p] - centers[nearest[p] * dims + dim];
                best[p] += difference * difference;
            }
        }
        double sum = 0;
        for (int p = 0; p < length; p++) {
            sum += best[p];
        }
        if (distances != null) {
            for (int p = 0; p < length; p++) {
                distances[offset + p] = Math.sqrt(best[p]);
            }
        }
        return sum;
    }

    /** Squared distance of point p to its centre, valid after {@link #distancesToOwn}. */
    double ownSquaredDistance(int p) {
        return best[p];
    }

    /**
     * Exact squared distances from each point to one centre (dims values of {@code centers} from
     * {@code offset}), written to scratch row {@code slot} (0 .. k-1) and returned.
     */
    double[] squaredDistancesTo(double[] centers, int offset, int slot) {
        double[] out = partial[slot];
        java.util.Arrays.fill(out, 0, length, 0);
        for (int dim = 0; dim < dims; dim++) {
            VectorLoops.addSquaredDifference(out, block[dim], centers[offset + dim], length);
        }
        return out;
    }

    /** Copies the block's part of a per-point array into a scratch array that starts at 0 (for vector loops). */
    double[] copyToScratch(double[] source, int offset) {
        System.arraycopy(source, offset, best, 0, length);
        return best;
    }

    double value(int dim, int p) {
        return block[dim][p];
    }
}
