package org.marketingworkbench.chart;

import java.awt.Color;

/**
 * Colours for categories (segments, classes, series): the Okabe-Ito palette, which stays
 * distinguishable for colour-blind readers, extended with a few muted tones for more groups.
 */
public final class Palette {
    private static final Color[] CATEGORICAL = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x6A3D9A),
        new Color(0x8C8C8C), new Color(0x1B9E77), new Color(0xB15928), new Color(0x33A02C),
    };

    private Palette() {
    }

    /** The colour of category {@code index}; colours repeat after twelve. */
    public static Color category(int index) {
        return CATEGORICAL[Math.floorMod(index, CATEGORICAL.length)];
    }

    /**
     * A diverging blue-white-red colour for {@code value} in [-1, 1] (for example a difference
     * in standard deviations, clipped): blue below, red above, white at zero.
     */
    public static Color diverging(double value) {
        double t = Math.max(-1, Math.min(1, Double.isNaN(value) ? 0 : value));
        Color end = t < 0 ? new Color(0x2166AC) : new Color(0xB2182B);
        double a = Math.abs(t);
        return new Color(mix(255, end.getRed(), a), mix(255, end.getGreen(), a), mix(255, end.getBlue(), a));
    }

    /** A sequential white-to-blue colour for {@code value} in [0, 1] (through a clear mid blue, as ColorBrewer's Blues). */
    public static Color sequential(double value) {
        double t = Math.max(0, Math.min(1, Double.isNaN(value) ? 0 : value));
        if (t < 0.5) {
            double u = t / 0.5;
            return new Color(mix(247, 66, u), mix(251, 146, u), mix(255, 198, u));
        }
        double u = (t - 0.5) / 0.5;
        return new Color(mix(66, 8, u), mix(146, 48, u), mix(198, 107, u));
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
