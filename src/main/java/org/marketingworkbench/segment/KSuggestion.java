package org.marketingworkbench.segment;

import java.util.List;
import java.util.OptionalInt;
import org.marketingworkbench.i18n.Messages;

/**
 * The suggested number of segments and why, from a sweep of k.
 *
 * <p>Elbow: the k whose point lies farthest from the straight line joining the first and last
 * points of J(k), with both axes scaled to 0..1 (the "maximum distance to the chord" rule; the
 * same point the kneedle rule picks on a convex, decreasing curve). It needs at least three k.
 *
 * <p>Suggestion: the silhouette decides, because it weighs separation against spread on the data
 * itself. Every k whose silhouette is within {@link #AS_GOOD} of the best counts as "as good":
 * on a 10,000-point sample the silhouette's standard error is about 0.003, so smaller gaps are
 * noise. When several k are as good, the one with the highest Calinski-Harabasz index among them
 * is suggested (the index that picked the right number of clusters most often in Milligan and
 * Cooper's 1985 comparison of 30 rules). The elbow is marked and named in the reason; it does not
 * decide, because on curves with a long flat tail the chord rule lands a k too early.
 *
 * @param k               the suggested k
 * @param elbow           the elbow of J(k), if the sweep has at least three k
 * @param reasonKey       the message key of the one-sentence reason
 * @param reasonArguments its arguments
 */
public record KSuggestion(int k, OptionalInt elbow, String reasonKey, List<Object> reasonArguments) {

    /** Silhouettes this close to the best count as equally good. */
    public static final double AS_GOOD = 0.01;

    public KSuggestion {
        reasonArguments = List.copyOf(reasonArguments);
    }

    /** The reason in the current language, e.g. "k = 4: the highest silhouette (0.52) and the elbow of J." */
    public String reason() {
        return Messages.get(reasonKey, reasonArguments.toArray());
    }

    /** How the elbow was found, in the current language. */
    public static String elbowMethod() {
        return Messages.get("segment.elbow.method");
    }

    static KSuggestion from(List<SweepPoint> points) {
        OptionalInt elbow = elbow(points);
        SweepPoint best = null;
        for (SweepPoint point : points) {
            if (!Double.isNaN(point.silhouette()) && (best == null || point.silhouette() > best.silhouette())) {
                best = point;
            }
        }
        if (best == null) {
            // no silhouette at all (every sample held one segment): fall back on the elbow, else the smallest k
            return elbow.isPresent()
                    ? new KSuggestion(elbow.getAsInt(), elbow, "segment.suggest.elbowOnly", List.of(elbow.getAsInt()))
                    : new KSuggestion(points.get(0).k(), elbow, "segment.suggest.smallestOnly",
                            List.of(points.get(0).k()));
        }
        SweepPoint chosen = best;
        for (SweepPoint point : points) {
            if (point.silhouette() >= best.silhouette() - AS_GOOD
                    && point.calinskiHarabasz() > chosen.calinskiHarabasz()) {
                chosen = point;
            }
        }
        boolean atElbow = elbow.isPresent() && elbow.getAsInt() == chosen.k();
        if (chosen != best) {
            return new KSuggestion(chosen.k(), elbow, atElbow ? "segment.suggest.asGoodElbow" : "segment.suggest.asGood",
                    List.of(chosen.k(), chosen.silhouette(), best.silhouette(), best.k()));
        }
        if (atElbow) {
            return new KSuggestion(best.k(), elbow, "segment.suggest.bestAndElbow", List.of(best.k(), best.silhouette()));
        }
        return elbow.isPresent()
                ? new KSuggestion(best.k(), elbow, "segment.suggest.best",
                        List.of(best.k(), best.silhouette(), elbow.getAsInt()))
                : new KSuggestion(best.k(), elbow, "segment.suggest.bestNoElbow", List.of(best.k(), best.silhouette()));
    }

    /** The k of the point farthest from the chord of J(k), both axes scaled to 0..1. */
    static OptionalInt elbow(List<SweepPoint> points) {
        if (points.size() < 3) {
            return OptionalInt.empty();
        }
        SweepPoint first = points.get(0);
        SweepPoint last = points.get(points.size() - 1);
        double kSpan = last.k() - first.k();
        double jSpan = first.inertia() - last.inertia();
        if (jSpan <= 0) {
            return OptionalInt.empty();
        }
        int elbow = -1;
        double farthest = 0;
        for (SweepPoint point : points.subList(1, points.size() - 1)) {
            double x = (point.k() - first.k()) / kSpan;
            double y = (first.inertia() - point.inertia()) / jSpan;
            // the chord runs from (0, 0) to (1, 1); a point's distance to it is |y - x| / sqrt 2, so compare y - x
            double distance = y - x;
            if (distance > farthest) {
                farthest = distance;
                elbow = point.k();
            }
        }
        return elbow < 0 ? OptionalInt.empty() : OptionalInt.of(elbow);
    }
}
