package org.marketingworkbench.recommend;

import java.util.Locale;
import org.marketingworkbench.common.BadInputException;

/**
 * Which interactions are hidden from training to test the recommendations. Only customers with
 * at least two interactions are tested, and each keeps at least one for training, so every
 * tested customer has a history; customers with a single interaction stay whole in training.
 *
 * @param kind     what to hold out
 * @param fraction for {@link Kind#RANDOM}, the share of each customer's interactions held out
 * @param seed     seeds the random choices (and breaks ties between equally late dates)
 */
public record Holdout(Kind kind, double fraction, long seed) {

    /** What to hold out of each tested customer's interactions. */
    public enum Kind {
        /** The one with the latest date (ties broken at random, seeded). */
        LAST,
        /** A random share: round(fraction x count), at least one, never all. */
        RANDOM,
        /** One interaction chosen at random (leave one out). */
        ONE_RANDOM
    }

    public static final double DEFAULT_FRACTION = 0.2;

    public Holdout {
        if (kind == Kind.RANDOM && !(fraction > 0 && fraction < 1)) {
            throw new BadInputException("recommend.error.fraction", fraction);
        }
    }

    public static Holdout last(long seed) {
        return new Holdout(Kind.LAST, 0, seed);
    }

    public static Holdout random(double fraction, long seed) {
        return new Holdout(Kind.RANDOM, fraction, seed);
    }

    public static Holdout leaveOneOut(long seed) {
        return new Holdout(Kind.ONE_RANDOM, 0, seed);
    }

    /** "last" or "random" (20%), as on the command line. */
    public static Holdout fromId(String text, long seed) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "last" -> last(seed);
            case "random" -> random(DEFAULT_FRACTION, seed);
            case "one", "leave-one-out" -> leaveOneOut(seed);
            default -> throw new BadInputException("recommend.error.holdout", text);
        };
    }

    /** The name used on the command line and in files. */
    public String id() {
        return switch (kind) {
            case LAST -> "last";
            case RANDOM -> "random";
            case ONE_RANDOM -> "leave-one-out";
        };
    }
}
