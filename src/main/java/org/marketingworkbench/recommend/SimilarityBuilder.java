package org.marketingworkbench.recommend;

import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;

/**
 * Computes item-item similarities and keeps the top k per item. For each item it walks the
 * customers of that item and their other items, accumulating dot products in a dense scratch
 * row, so the work is the sum over customers of (items bought)^2 and memory stays at k per item.
 * (Smile's sparse A'A would materialise every co-bought pair before we could prune.)
 * Cosine and adjusted cosine divide by the items' full vector norms; adjusted cosine first
 * subtracts each customer's mean value (absent pairs count as zero after centring).
 */
public final class SimilarityBuilder {
    private static final int ITEMS_PER_BLOCK = 64;

    private SimilarityBuilder() {
    }

    public static ItemNeighbours build(Interactions data, Similarity measure, int neighbours, Progress progress) {
        if (neighbours < 1) {
            throw new BadInputException("recommend.error.neighbours", neighbours);
        }
        if (measure == Similarity.ADJUSTED_COSINE && data.isImplicit()) {
            throw new BadInputException("recommend.error.adjustedNeedsValues");
        }
        int itemCount = data.itemCount();
        int keep = Math.min(neighbours, Math.max(1, itemCount - 1));
        double[] vector = entries(data, measure);
        double[] norm = norms(data, vector, measure);
        Interactions.ItemColumns columns = data.byItem();
        int[][] rowItems = new int[itemCount][];
        float[][] rowScores = new float[itemCount][];
        String message = Messages.get("recommend.progress.similarity");
        ParallelBlocks.run(itemCount, ITEMS_PER_BLOCK, progress, message, (from, to) -> {
            double[] dot = new double[itemCount];
            int[] seenBy = new int[itemCount];
            java.util.Arrays.fill(seenBy, -1);
            int[] touched = new int[itemCount];
            TopList top = new TopList(keep);
            for (int i = from; i < to; i++) {
                int touchedCount = 0;
                for (int slot = columns.start()[i]; slot < columns.start()[i + 1]; slot++) {
                    int user = columns.users()[slot];
                    double xi = vector[columns.positions()[slot]];
                    for (int p = data.start(user); p < data.end(user); p++) {
                        int j = data.item(p);
                        if (j == i) {
                            continue;
                        }
                        if (seenBy[j] != i) {
                            seenBy[j] = i;
                            dot[j] = 0;
                            touched[touchedCount++] = j;
                        }
                        dot[j] += xi * vector[p];
                    }
                }
                for (int t = 0; t < touchedCount; t++) {
                    int j = touched[t];
                    double similarity = similarity(measure, dot[j], norm[i], norm[j]);
                    if (similarity > 0) {
                        top.offer(j, similarity);
                    }
                }
                rowItems[i] = new int[top.size()];
                rowScores[i] = new float[top.size()];
                top.drainInto(rowItems[i], rowScores[i], 0);
            }
        });
        return assemble(measure, rowItems, rowScores);
    }

    /** The value each (customer, item) pair contributes to the item's vector under this measure. */
    private static double[] entries(Interactions data, Similarity measure) {
        double[] vector = new double[data.size()];
        for (int user = 0; user < data.userCount(); user++) {
            double mean = 0;
            if (measure == Similarity.ADJUSTED_COSINE) {
                for (int p = data.start(user); p < data.end(user); p++) {
                    mean += data.value(p);
                }
                mean /= Math.max(1, data.count(user));
            }
            for (int p = data.start(user); p < data.end(user); p++) {
                vector[p] = measure == Similarity.JACCARD ? 1 : data.value(p) - mean;
            }
        }
        return vector;
    }

    /** The Euclidean norm of each item's vector, or for Jaccard its number of customers. */
    private static double[] norms(Interactions data, double[] vector, Similarity measure) {
        double[] norm = new double[data.itemCount()];
        for (int p = 0; p < data.size(); p++) {
            norm[data.item(p)] += measure == Similarity.JACCARD ? 1 : vector[p] * vector[p];
        }
        if (measure != Similarity.JACCARD) {
            for (int i = 0; i < norm.length; i++) {
                norm[i] = Math.sqrt(norm[i]);
            }
        }
        return norm;
    }

    private static double similarity(Similarity measure, double dot, double normI, double normJ) {
        if (measure == Similarity.JACCARD) {
            return dot / (normI + normJ - dot);
        }
        return normI == 0 || normJ == 0 ? 0 : dot / (normI * normJ);
    }

    private static ItemNeighbours assemble(Similarity measure, int[][] rowItems, float[][] rowScores) {
        int[] start = new int[rowItems.length + 1];
        for (int i = 0; i < rowItems.length; i++) {
            start[i + 1] = start[i] + rowItems[i].length;
        }
        int[] neighbour = new int[start[rowItems.length]];
        float[] similarity = new float[neighbour.length];
        for (int i = 0; i < rowItems.length; i++) {
            System.arraycopy(rowItems[i], 0, neighbour, start[i], rowItems[i].length);
            System.arraycopy(rowScores[i], 0, similarity, start[i], rowScores[i].length);
        }
        return new ItemNeighbours(measure, start, neighbour, similarity);
    }
}
