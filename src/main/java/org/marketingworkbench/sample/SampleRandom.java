package org.marketingworkbench.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The seeded random source of the sample-data generator. It wraps {@link java.util.Random}, whose
 * algorithm (including {@code nextGaussian}) is fixed by its specification, and uses only
 * {@link StrictMath}, so the same seed gives the same bytes on every JVM and platform. Each part of
 * the data draws from its own stream, so changing one file's recipe leaves the others unchanged.
 */
final class SampleRandom {

    private final Random random;

    SampleRandom(long seed, String part) {
        long mixed = seed;
        for (int i = 0; i < part.length(); i++) {
            mixed = mixed * 1_000_003L + part.charAt(i);
        }
        this.random = new Random(mixed ^ (mixed >>> 29));
    }

    double nextDouble() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    double normal(double mean, double deviation) {
        return mean + deviation * random.nextGaussian();
    }

    /** A normal draw kept inside {@code [low, high]} by drawing again (then clamping, so it always ends). */
    double boundedNormal(double mean, double deviation, double low, double high) {
        for (int attempt = 0; attempt < 20; attempt++) {
            double value = normal(mean, deviation);
            if (value >= low && value <= high) {
                return value;
            }
        }
        return Math.max(low, Math.min(high, mean));
    }

    /** A log-normal draw: the median times e to a normal draw with the given spread. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * random.nextGaussian());
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index drawn with probability proportional to its weight. */
    int pickIndex(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** {@code count} distinct items in random order (a partial Fisher-Yates shuffle of a copy). */
    <T> List<T> sample(List<T> items, int count) {
        if (count > items.size()) {
            throw new IllegalArgumentException("cannot take " + count + " of " + items.size() + " items");
        }
        List<T> copy = new ArrayList<>(items);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(copy.size() - i);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return new ArrayList<>(copy.subList(0, count));
    }

    /** A date from {@code from} to {@code to}, both included. */
    LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return from.plusDays(days <= 0 ? 0 : random.nextInt((int) days + 1));
    }
}
