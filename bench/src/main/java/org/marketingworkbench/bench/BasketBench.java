package org.marketingworkbench.bench;

import java.util.concurrent.atomic.AtomicBoolean;
import org.marketingworkbench.basket.BasketAnalysis;
import org.marketingworkbench.basket.BasketMiner;
import org.marketingworkbench.basket.MinimumSupport;
import org.marketingworkbench.basket.MiningParameters;
import org.marketingworkbench.basket.Transactions;
import org.marketingworkbench.common.CancelledException;
import org.marketingworkbench.common.Progress;

/**
 * FP-growth on 100,000 generated baskets over 1,000 items ({@link BasketWorkload}), supports
 * 0.5% and 0.1%: our itemsets and rules (Smile's FP-growth plus our rule generation) against
 * Weka's FPGrowth, same baskets, alternating, median of 3 after a warm-up. Both generate rules
 * with any number of items on the right (Weka's only way) from two items up, confidence 0.5.
 * Budget (DESIGN.md section 8): no slower than the faster JVM peer. Also the time a cancel
 * takes to stop mining.
 */
public final class BasketBench {
    private static final int BASKETS = 100_000;
    private static final int ITEMS = 1_000;
    private static final long SEED = 20_240_606L;
    private static final int ROUNDS = 3;
    private static final double CONFIDENCE = 0.5;

    private BasketBench() {
    }

    public static void main(String[] args) throws Exception {
        Transactions baskets = BasketWorkload.generate(BASKETS, ITEMS, SEED);
        WekaFpGrowthPeer weka = new WekaFpGrowthPeer(baskets);
        for (double support : new double[] {0.005, 0.001}) {
            MiningParameters parameters = new MiningParameters(MinimumSupport.fraction(support), CONFIDENCE, 0, 0, 2,
                    true, java.util.Set.of(), java.util.Set.of());
            double[] ours = new double[ROUNDS];
            double[] peer = new double[ROUNDS];
            BasketAnalysis[] analysis = new BasketAnalysis[1];
            for (int round = -1; round < ROUNDS; round++) { // round -1 warms up both
                double oursSeconds = BenchSupport.seconds(
                        () -> analysis[0] = BasketMiner.mine(baskets, parameters, Progress.none()));
                double peerSeconds = BenchSupport.seconds(() -> weka.mine(support, CONFIDENCE));
                if (round >= 0) {
                    ours[round] = oursSeconds;
                    peer[round] = peerSeconds;
                }
            }
            double oursMedian = BenchSupport.median(ours);
            double peerMedian = BenchSupport.median(peer);
            int itemsets = analysis[0].itemsets().size();
            BenchSupport.report("fpgrowth-100k-" + percent(support), "ours_s", oursMedian, "peer", "weka-fpgrowth",
                    "peer_s", peerMedian, "ratio", oursMedian / peerMedian, "itemsets", itemsets,
                    "peer_itemsets", weka.itemsets(), "itemsets_agree", itemsets == weka.itemsets(),
                    "rules", analysis[0].rules().size(), "peer_rules", weka.rules(),
                    "single_consequent_rules", BasketMiner.mine(baskets, parameters.withMultiConsequent(false),
                            Progress.none()).rules().size());
        }
        BenchSupport.report("fpgrowth-100k-cancel", "latency_s", cancelLatency(baskets));
    }

    /** The longest wait, over 5 tries, from asking to cancel mining at 0.1% to mining stopping. */
    private static double cancelLatency(Transactions baskets) throws InterruptedException {
        double longest = 0;
        for (int attempt = 0; attempt < 5; attempt++) {
            AtomicBoolean cancelled = new AtomicBoolean();
            long[] stopped = new long[1];
            Thread miner = new Thread(() -> {
                try {
                    BasketMiner.mine(baskets, MiningParameters.of(0.001, 0.5), new Progress() {
                        @Override
                        public void update(double done, double total, String message) {
                        }

                        @Override
                        public boolean isCancelled() {
                            return cancelled.get();
                        }
                    });
                } catch (CancelledException e) {
                    stopped[0] = System.nanoTime();
                }
            });
            miner.start();
            Thread.sleep(50L + 40L * attempt);
            long asked = System.nanoTime();
            cancelled.set(true);
            miner.join();
            // a run that finished before the cancel took no waiting
            longest = Math.max(longest, stopped[0] == 0 ? 0 : (stopped[0] - asked) / 1e9);
        }
        return longest;
    }

    private static String percent(double support) {
        return String.format(java.util.Locale.ROOT, "%.1fpct", support * 100);
    }
}
