package org.marketingworkbench.campaign;

import org.marketingworkbench.i18n.Messages;

/** The plain-language reading of a two-proportion test, for marketers. */
public final class Verdict {

    private Verdict() {
    }

    /** "= 0.0312" or "< 0.0001": a p-value as people read it. */
    static String pText(double p) {
        return p < 0.0001 ? "< 0.0001" : String.format(java.util.Locale.ROOT, "= %.4f", p);
    }

    /** One or two sentences: which converts better, by how much, and whether that is likely real. */
    public static String describe(ProportionTest test, String nameA, String nameB) {
        boolean aBetter = test.rateA() >= test.rateB();
        String better = aBetter ? nameA : nameB;
        String worse = aBetter ? nameB : nameA;
        double high = Math.max(test.rateA(), test.rateB());
        double low = Math.min(test.rateA(), test.rateB());
        double lift = low == 0 ? Double.NaN : high / low - 1;
        String comparison = Messages.get("campaign.verdict.comparison", better, worse, high, low, lift);
        if (test.significant()) {
            return comparison + " " + Messages.get("campaign.verdict.significant", pText(test.pValue()));
        }
        String advice;
        try {
            long needed = ProportionTest.sampleSizePerGroup(low, lift);
            advice = Messages.get("campaign.verdict.needMore", needed);
        } catch (RuntimeException e) {
            advice = "";
        }
        return (comparison + " " + Messages.get("campaign.verdict.notSignificant", pText(test.pValue())) + " " + advice).trim();
    }
}
