package org.marketingworkbench.basket;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.Progress;

class MiningBadInputTest {

    @Test
    void noBasketsIsBadInput() {
        assertThatThrownBy(() -> BasketMiner.mine(Transactions.of(List.of()), MiningParameters.of(0.1, 0.5),
                Progress.none())).isInstanceOf(BadInputException.class).hasMessageContaining("no baskets");
    }

    @Test
    void basketsWithOneItemOnlyAreBadInput() {
        Transactions one = Transactions.of(List.of(List.of("tea"), List.of("tea")));

        assertThatThrownBy(() -> BasketMiner.mine(one, MiningParameters.of(0.1, 0.5), Progress.none()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("only 1 different item");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.1, 1.5, Double.NaN})
    void aMinimumSupportOutsideZeroToOneIsBadInput(double support) {
        assertThatThrownBy(() -> MinimumSupport.fraction(support))
                .isInstanceOf(BadInputException.class).hasMessageContaining("between 0 and 1");
    }

    @Test
    void aMinimumCountAboveTheBasketsIsBadInput() {
        assertThatThrownBy(() -> BasketMiner.mine(HandExampleTest.BASKETS,
                MiningParameters.of(MinimumSupport.count(6)), Progress.none()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("only 5");
    }

    @Test
    void aConfidenceAboveOneIsBadInput() {
        assertThatThrownBy(() -> MiningParameters.of(0.1, 1.2)).isInstanceOf(BadInputException.class);
    }

    @Test
    void aMinimumLengthAboveTheMaximumIsBadInput() {
        assertThatThrownBy(() -> MiningParameters.of(0.1, 0.5).withLengths(3, 2)).isInstanceOf(BadInputException.class);
    }
}
