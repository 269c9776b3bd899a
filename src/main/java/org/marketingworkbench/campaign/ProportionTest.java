package org.marketingworkbench.campaign;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.marketingworkbench.common.BadInputException;

/**
 * Two-proportion z-test on conversion rates (A against B): the pooled z statistic and its
 * two-sided p-value, the 95% Wald confidence interval of the difference p_A - p_B (unpooled),
 * and the relative lift p_A / p_B - 1.
 */
public record ProportionTest(long conversionsA, long reachA, long conversionsB, long reachB, double rateA,
        double rateB, double difference, double z, double pValue, double lower95, double upper95,
        double relativeLift) {

    private static final NormalDistribution NORMAL = new NormalDistribution();
    private static final double Z95 = NORMAL.inverseCumulativeProbability(0.975);

    public static ProportionTest of(long conversionsA, long reachA, long conversionsB, long reachB) {
        if (reachA <= 0 || reachB <= 0) {
            throw new BadInputException("campaign.error.testNoReach");
        }
        if (conversionsA > reachA || conversionsB > reachB || conversionsA < 0 || conversionsB < 0) {
            throw new BadInputException("campaign.error.testCounts");
        }
        double rateA = (double) conversionsA / reachA;
        double rateB = (double) conversionsB / reachB;
        double pooled = (double) (conversionsA + conversionsB) / (reachA + reachB);
        double pooledError = Math.sqrt(pooled * (1 - pooled) * (1.0 / reachA + 1.0 / reachB));
        double difference = rateA - rateB;
        double z = pooledError == 0 ? 0 : difference / pooledError;
        double pValue = pooledError == 0 ? 1 : 2 * (1 - NORMAL.cumulativeProbability(Math.abs(z)));
        double error = Math.sqrt(rateA * (1 - rateA) / reachA + rateB * (1 - rateB) / reachB);
        double lift = rateB == 0 ? Double.NaN : rateA / rateB - 1;
        return new ProportionTest(conversionsA, reachA, conversionsB, reachB, rateA, rateB, difference, z, pValue,
                difference - Z95 * error, difference + Z95 * error, lift);
    }

    /** True when the difference is significant at the 5% level. */
    public boolean significant() {
        return pValue < 0.05;
    }

    /**
     * Customers needed in EACH group to detect a relative lift {@code lift} over the base rate
     * {@code baseRate} with a two-sided test at 5% significance and 80% power (the usual
     * normal-approximation formula for two proportions).
     */
    public static long sampleSizePerGroup(double baseRate, double lift) {
        double target = baseRate * (1 + lift);
        if (!(baseRate > 0 && baseRate < 1) || !(target > 0 && target < 1) || lift == 0) {
            throw new BadInputException("campaign.error.sampleSize", baseRate, lift);
        }
        double zAlpha = Z95;
        double zBeta = NORMAL.inverseCumulativeProbability(0.8);
        double mean = (baseRate + target) / 2;
        double numerator = zAlpha * Math.sqrt(2 * mean * (1 - mean))
                + zBeta * Math.sqrt(baseRate * (1 - baseRate) + target * (1 - target));
        return (long) Math.ceil(numerator * numerator / ((target - baseRate) * (target - baseRate)));
    }
}
