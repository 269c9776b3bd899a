package org.marketingworkbench.basket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinimumSupportTest {

    @ParameterizedTest
    @CsvSource({
        "0.001, 9835, 10", // 9.835 rounds up
        "0.006, 9835, 60", // 59.01 rounds up
        "0.07, 100, 7", // the binary product is 7.000000000000001; the decimal is exactly 7
        "0.5, 3, 2", // 1.5 rounds up
        "1, 9835, 9835",
        "0.00001, 10, 1"})
    void theLeastCountIsTheCeilingOfTheDecimalProduct(double fraction, int baskets, int count) {
        assertThat(MinimumSupport.fraction(fraction).basketCount(baskets)).isEqualTo(count);
    }
}
