package org.marketingworkbench.prepare.steps;

import java.util.List;
import java.util.Locale;
import org.marketingworkbench.common.Progress;

/** Small helpers the step records share: parameter defaults and cancellation inside long loops. */
final class StepSupport {
    /** How many rows a loop handles between two cancellation checks. */
    private static final int CHECK_MASK = (1 << 16) - 1;

    private StepSupport() {
    }

    /** A missing {@code enabled} flag (an older or hand-written recipe) means the step is on. */
    static Boolean enabled(Boolean value) {
        return value == null ? Boolean.TRUE : value;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    static String text(String value) {
        return value == null ? "" : value.trim();
    }

    /** Checks for cancellation every 65,536 rows, so the check costs nothing measurable. */
    static void checkEvery(Progress progress, int row) {
        if ((row & CHECK_MASK) == 0) {
            progress.checkCancelled();
        }
    }

    /** Text for comparisons that ignore case the same way in every locale. */
    static String folded(String value, boolean ignoreCase) {
        String trimmed = value.trim();
        return ignoreCase ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
    }
}
