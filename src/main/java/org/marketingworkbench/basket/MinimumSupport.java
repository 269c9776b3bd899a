package org.marketingworkbench.basket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.marketingworkbench.common.BadInputException;

/**
 * The least support of a frequent itemset: a fraction of all baskets or a basket count.
 *
 * @param value    the fraction (0 to 1] or the count (1 or more)
 * @param absolute whether {@code value} is a basket count
 */
public record MinimumSupport(double value, boolean absolute) {

    public MinimumSupport {
        if (absolute ? !(value >= 1 && value == Math.rint(value)) : !(value > 0 && value <= 1)) {
            throw new BadInputException(absolute ? "basket.error.minCount" : "basket.error.minSupport", value);
        }
    }

    public static MinimumSupport fraction(double value) {
        return new MinimumSupport(value, false);
    }

    public static MinimumSupport count(int baskets) {
        return new MinimumSupport(baskets, true);
    }

    /**
     * The least basket count: ceil(fraction x baskets), computed on the decimal the user typed
     * so that 0.07 x 100 is 7, not 8 as the binary product 7.000000000000001 would give.
     */
    public int basketCount(int baskets) {
        if (absolute) {
            return (int) value;
        }
        BigDecimal product = new BigDecimal(Double.toString(value)).multiply(BigDecimal.valueOf(baskets));
        return Math.max(1, product.setScale(0, RoundingMode.CEILING).intValueExact());
    }
}
