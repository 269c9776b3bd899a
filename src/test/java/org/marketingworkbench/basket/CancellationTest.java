package org.marketingworkbench.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.CancelledException;
import org.marketingworkbench.common.Progress;

class CancellationTest {

    /** Asks to stop at the first report whose message is {@code stage}, and counts the checks after that. */
    private static final class CancelAt implements Progress {
        private final String stage;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicInteger checksAfterCancel = new AtomicInteger();

        CancelAt(String stage) {
            this.stage = stage;
        }

        @Override
        public void update(double done, double total, String message) {
            if (message.equals(stage) && done < total) {
                cancelled.set(true);
            }
        }

        @Override
        public boolean isCancelled() {
            if (cancelled.get()) {
                checksAfterCancel.incrementAndGet();
            }
            return cancelled.get();
        }
    }

    @Test
    void aCancelWhileFindingItemsetsStopsAtTheNextItemset() {
        CancelAt progress = new CancelAt(org.marketingworkbench.i18n.Messages.get("basket.progress.itemsets"));

        assertThatThrownBy(() -> BasketMiner.mine(Groceries.transactions(), MiningParameters.of(0.001, 0.5), progress))
                .isInstanceOf(CancelledException.class);
        assertThat(progress.checksAfterCancel).hasValue(1);
    }

    @Test
    void aCancelWhileGeneratingRulesStopsAtTheNextItemset() {
        CancelAt progress = new CancelAt(org.marketingworkbench.i18n.Messages.get("basket.progress.rules"));

        assertThatThrownBy(() -> BasketMiner.mine(Groceries.transactions(), MiningParameters.of(0.001, 0.5), progress))
                .isInstanceOf(CancelledException.class);
        assertThat(progress.checksAfterCancel).hasValue(1);
    }
}
