package org.marketingworkbench.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;

class ProportionTestTest {

    /*
     * A: 20 of 1000 (2%), B: 60 of 2000 (3%). Pooled p = 80/3000 = 0.0266667.
     * SE = sqrt(p(1-p)(1/1000 + 1/2000)) = 0.0062397; z = -0.01 / SE = -1.60265.
     * Independent computation (scipy.stats.norm, the same formulas):
     *   z = -1.6026519118900806, p = 2*norm.sf(1.60265) = 0.10901152586788848,
     *   95% CI of pA - pB = (-0.021453637794460953, 0.0014536377944609543), lift = -1/3.
     */
    @Test
    void zTestAndIntervalMatchAnIndependentComputation() {
        ProportionTest test = ProportionTest.of(20, 1000, 60, 2000);

        assertThat(test.z()).isCloseTo(-1.6026519118900806, within(1e-12));
        assertThat(test.pValue()).isCloseTo(0.10901152586788848, within(1e-9));
        assertThat(test.lower95()).isCloseTo(-0.021453637794460953, within(1e-9));
        assertThat(test.upper95()).isCloseTo(0.0014536377944609543, within(1e-9));
        assertThat(test.relativeLift()).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(test.significant()).isFalse();
    }

    @Test
    void aLargeClearDifferenceIsSignificant() {
        ProportionTest test = ProportionTest.of(300, 10_000, 200, 10_000);

        assertThat(test.significant()).isTrue();
        assertThat(test.lower95()).isPositive();
    }

    /*
     * Base 2%, lift +20% (2.4%), alpha 0.05 two-sided, power 0.8:
     * n = (1.95996*sqrt(2*0.022*0.978) + 0.84162*sqrt(0.02*0.98 + 0.024*0.976))^2 / 0.004^2
     *   = 21108.38 -> 21,109 per group (scipy.stats.norm quantiles, same formula).
     */
    @Test
    void sampleSizeToDetectALiftMatchesTheFormula() {
        assertThat(ProportionTest.sampleSizePerGroup(0.02, 0.2)).isEqualTo(21_109);
    }

    @Test
    void impossibleCountsAreBadInput() {
        assertThatThrownBy(() -> ProportionTest.of(20, 10, 1, 100)).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> ProportionTest.of(0, 0, 1, 100)).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> ProportionTest.sampleSizePerGroup(0.5, 1.5)).isInstanceOf(BadInputException.class);
    }
}
