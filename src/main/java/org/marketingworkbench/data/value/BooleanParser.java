package org.marketingworkbench.data.value;

/**
 * Reads true/false in any letter case. Yes/no and 是/否 stay categories: they are answers
 * a marketer names a target by ("--positive yes"), not flags.
 */
public final class BooleanParser {

    private boolean value;

    /** Parses {@code bytes[start, end)}: BOOLEAN, MISSING or MISFIT. */
    public Outcome parse(byte[] bytes, int start, int end) {
        int from = Spaces.skipLeading(bytes, start, end);
        int to = Spaces.skipTrailing(bytes, from, end);
        if (from == to || MissingMarkers.isMissing(bytes, from, to)) {
            return Outcome.MISSING;
        }
        if (matches(bytes, from, to, "true")) {
            value = true;
            return Outcome.BOOLEAN;
        }
        if (matches(bytes, from, to, "false")) {
            value = false;
            return Outcome.BOOLEAN;
        }
        return Outcome.MISFIT;
    }

    /** The value of the last BOOLEAN cell. */
    public boolean value() {
        return value;
    }

    private static boolean matches(byte[] bytes, int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.toLowerCase((char) bytes[from + i]) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
