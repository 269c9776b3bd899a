package org.marketingworkbench.segment;

import java.util.Locale;

/**
 * Numbers as the Segments page and its charts write them: as many decimals as their size needs,
 * shares as percentages.
 */
public final class Amounts {

    private Amounts() {
    }

    /** 52,300 / 95.1 / 6.77 / 0.125. */
    public static String amount(double value) {
        double size = Math.abs(value);
        String format = size >= 1000 ? "%,.0f" : size >= 10 ? "%,.1f" : size >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.getDefault(), format, value);
    }

    /** 0.452 as 45.2%. */
    public static String share(double value) {
        return String.format(Locale.getDefault(), "%.1f%%", 100 * value);
    }
}
