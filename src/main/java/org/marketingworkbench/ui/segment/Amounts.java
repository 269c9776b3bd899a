package org.marketingworkbench.ui.segment;

import java.util.Locale;

/** Numbers as the Segments page writes them: as many decimals as their size needs, shares as percentages. */
final class Amounts {

    private Amounts() {
    }

    /** 52,300 / 95.1 / 6.77 / 0.125. */
    static String amount(double value) {
        double size = Math.abs(value);
        String format = size >= 1000 ? "%,.0f" : size >= 10 ? "%,.1f" : size >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.getDefault(), format, value);
    }

    /** 0.452 as 45.2%. */
    static String share(double value) {
        return String.format(Locale.getDefault(), "%.1f%%", 100 * value);
    }
}
