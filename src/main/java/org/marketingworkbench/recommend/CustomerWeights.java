package org.marketingworkbench.recommend;

import org.marketingworkbench.common.BadInputException;

/**
 * w(u, j): a customer's weight for an item they have, aligned with the interaction positions.
 * It is the pair's value (1 for implicit data), multiplied by 0.5^(age / half-life) when a
 * half-life is set, age being the days from the pair's latest date to the reference date
 * (never negative: later dates count as age 0).
 */
final class CustomerWeights {
    private static final double SECONDS_PER_DAY = 86_400;

    private CustomerWeights() {
    }

    static float[] of(Interactions data, RecommendParameters parameters) {
        float[] weights = new float[data.size()];
        for (int p = 0; p < weights.length; p++) {
            weights[p] = data.value(p);
        }
        if (parameters.halfLifeDays().isEmpty()) {
            return weights;
        }
        if (!data.hasDates()) {
            throw new BadInputException("recommend.error.decayNeedsDates");
        }
        double halfLife = parameters.halfLifeDays().get();
        long reference = parameters.referenceDate().map(date -> date.toEpochDay() * 86_400L)
                .orElseGet(() -> data.latestTime().orElse(0));
        for (int p = 0; p < weights.length; p++) {
            double ageDays = Math.max(0, (reference - data.time(p)) / SECONDS_PER_DAY);
            weights[p] = (float) (weights[p] * Math.pow(0.5, ageDays / halfLife));
        }
        return weights;
    }
}
