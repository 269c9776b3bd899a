package org.marketingworkbench.prepare.rfm;

import java.util.Locale;
import org.marketingworkbench.i18n.Messages;

/** The named RFM customer segments; the English label is what tables and files store. */
public enum RfmSegment {
    CHAMPIONS("Champions"),
    LOYAL("Loyal"),
    POTENTIAL_LOYALIST("Potential loyalist"),
    NEW("New"),
    PROMISING("Promising"),
    NEED_ATTENTION("Need attention"),
    ABOUT_TO_SLEEP("About to sleep"),
    AT_RISK("At risk"),
    CANT_LOSE_THEM("Can't lose them"),
    HIBERNATING("Hibernating"),
    LOST("Lost");

    private final String label;

    RfmSegment(String label) {
        this.label = label;
    }

    /** The stable English name stored in the {@code rfm_segment} column. */
    public String label() {
        return label;
    }

    /** The name in the current language, for display. */
    public String displayName() {
        return Messages.get("prepare.rfm.segment." + name().toLowerCase(Locale.ROOT));
    }

    /** What the segment means and what to do, in the current language. */
    public String advice() {
        return Messages.get("prepare.rfm.advice." + name().toLowerCase(Locale.ROOT));
    }

    /** The segment stored under {@code label}, for translating a table's values. */
    public static RfmSegment ofLabel(String label) {
        for (RfmSegment segment : values()) {
            if (segment.label.equals(label)) {
                return segment;
            }
        }
        throw new IllegalArgumentException("not an RFM segment: " + label);
    }
}
