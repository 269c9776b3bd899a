package org.marketingworkbench.campaign;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of a in [0, 1] where the top campaign changes. Each P(a) = V + a (R - V) is a
 * line in a, so the top campaign follows the upper envelope of the lines; walking it from
 * a = 0 finds every change exactly, without sampling the slider.
 */
public final class TopChanges {
    private static final double EPSILON = 1e-12;

    /** At {@code alpha} the top campaign changes from {@code from} to {@code to} (indices into the scorer's list). */
    public record Change(double alpha, int from, int to) {
    }

    private TopChanges() {
    }

    public static List<Change> of(CampaignScorer scorer) {
        int count = scorer.campaigns().size();
        double[] intercept = new double[count];
        double[] slope = new double[count];
        for (int i = 0; i < count; i++) {
            intercept[i] = scorer.conversion(i);
            slope[i] = scorer.attention(i) - scorer.conversion(i);
        }
        int top = 0;
        for (int i = 1; i < count; i++) {
            if (intercept[i] > intercept[top] + EPSILON
                    || Math.abs(intercept[i] - intercept[top]) <= EPSILON && slope[i] > slope[top] + EPSILON) {
                top = i;
            }
        }
        List<Change> changes = new ArrayList<>();
        double alpha = 0;
        while (true) {
            int next = -1;
            double nextAlpha = Double.POSITIVE_INFINITY;
            for (int j = 0; j < count; j++) {
                if (slope[j] <= slope[top] + EPSILON) {
                    continue;
                }
                double crossing = (intercept[top] - intercept[j]) / (slope[j] - slope[top]);
                if (crossing > alpha + EPSILON && crossing < 1 - EPSILON
                        && (crossing < nextAlpha - EPSILON
                                || Math.abs(crossing - nextAlpha) <= EPSILON && slope[j] > slope[next])) {
                    next = j;
                    nextAlpha = crossing;
                }
            }
            if (next < 0) {
                return List.copyOf(changes);
            }
            changes.add(new Change(nextAlpha, top, next));
            top = next;
            alpha = nextAlpha;
        }
    }
}
