package org.marketingworkbench.recommend;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.marketingworkbench.common.BadInputException;

/**
 * Interactions split for testing: the training part (same customer and item indexes) and, for
 * each tested customer, the held-out items (sparse rows).
 */
public final class HoldoutSplit {
    private final Interactions training;
    private final int[] testedUsers;
    private final int[] heldStart;
    private final int[] heldItems;

    private HoldoutSplit(Interactions training, int[] testedUsers, int[] heldStart, int[] heldItems) {
        this.training = training;
        this.testedUsers = testedUsers;
        this.heldStart = heldStart;
        this.heldItems = heldItems;
    }

    /** Splits the interactions; the random choices walk the customers in index order from one seeded stream. */
    public static HoldoutSplit of(Interactions data, Holdout holdout) {
        if (holdout.kind() == Holdout.Kind.LAST && !data.hasDates()) {
            throw new BadInputException("recommend.error.holdoutNeedsDates");
        }
        SplittableRandom random = new SplittableRandom(holdout.seed());
        boolean[] heldOut = new boolean[data.size()];
        int[] positions = new int[0];
        for (int user = 0; user < data.userCount(); user++) {
            int count = data.count(user);
            if (count < 2) {
                continue;
            }
            if (positions.length < count) {
                positions = new int[count];
            }
            int chosen = choose(data, user, holdout, random, positions);
            for (int c = 0; c < chosen; c++) {
                heldOut[positions[c]] = true;
            }
        }
        return of(data, heldOut);
    }

    /** Splits by a mask over the interaction positions; customers with a held-out interaction are tested. */
    static HoldoutSplit of(Interactions data, boolean[] heldOut) {
        boolean[] kept = new boolean[data.size()];
        int[] heldStart = new int[data.userCount() + 1];
        int[] tested = new int[data.userCount()];
        int testedCount = 0;
        for (int user = 0; user < data.userCount(); user++) {
            int held = 0;
            for (int p = data.start(user); p < data.end(user); p++) {
                kept[p] = !heldOut[p];
                held += heldOut[p] ? 1 : 0;
            }
            heldStart[user + 1] = heldStart[user] + held;
            if (held > 0) {
                tested[testedCount++] = user;
            }
        }
        if (testedCount == 0) {
            throw new BadInputException("recommend.error.nothingToTest");
        }
        int[] heldItems = new int[heldStart[data.userCount()]];
        int next = 0;
        for (int p = 0; p < data.size(); p++) {
            if (heldOut[p]) {
                heldItems[next++] = data.item(p);
            }
        }
        return new HoldoutSplit(data.keep(kept), Arrays.copyOf(tested, testedCount), heldStart, heldItems);
    }

    /** Puts the positions to hold out first in {@code positions}; returns how many. */
    private static int choose(Interactions data, int user, Holdout holdout, SplittableRandom random, int[] positions) {
        int start = data.start(user);
        int count = data.count(user);
        if (holdout.kind() == Holdout.Kind.LAST) {
            long latest = Long.MIN_VALUE;
            for (int p = start; p < data.end(user); p++) {
                latest = Math.max(latest, data.time(p));
            }
            int tied = 0;
            for (int p = start; p < data.end(user); p++) {
                if (data.time(p) == latest) {
                    positions[tied++] = p;
                }
            }
            positions[0] = positions[random.nextInt(tied)];
            return 1;
        }
        int chosen = holdout.kind() == Holdout.Kind.ONE_RANDOM ? 1
                : (int) Math.max(1, Math.min(count - 1, Math.round(holdout.fraction() * count)));
        for (int c = 0; c < count; c++) {
            positions[c] = start + c;
        }
        for (int c = 0; c < chosen; c++) {
            int pick = c + random.nextInt(count - c);
            int position = positions[pick];
            positions[pick] = positions[c];
            positions[c] = position;
        }
        return chosen;
    }

    /** The interactions left for training. */
    public Interactions training() {
        return training;
    }

    /** The customers tested (those with at least two interactions), ascending. */
    public int[] testedUsers() {
        return testedUsers.clone();
    }

    int testedCount() {
        return testedUsers.length;
    }

    int testedUser(int index) {
        return testedUsers[index];
    }

    /** The customer's held-out items, ascending. */
    public int[] heldOut(int user) {
        return Arrays.copyOfRange(heldItems, heldStart[user], heldStart[user + 1]);
    }

    boolean isHeldOut(int user, int item) {
        return Arrays.binarySearch(heldItems, heldStart[user], heldStart[user + 1], item) >= 0;
    }

    int heldOutCount(int user) {
        return heldStart[user + 1] - heldStart[user];
    }

    /** All held-out interactions. */
    public int heldOutTotal() {
        return heldItems.length;
    }
}
