package org.marketingworkbench.segment;

import java.util.Locale;
import org.marketingworkbench.common.BadInputException;

/** How features are put on a common scale before clustering, so no feature dominates by its units. */
public enum Scaling {
    /** (x - mean) / standard deviation, with the population standard deviation as scikit-learn's StandardScaler. */
    ZSCORE,
    /** (x - min) / (max - min): every feature between 0 and 1. */
    MINMAX,
    /** The values as they are. */
    NONE;

    /** The lower-case name used on the command line and in project files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scaling named {@code id} (zscore, minmax or none). */
    public static Scaling parse(String id) {
        for (Scaling scaling : values()) {
            if (scaling.id().equalsIgnoreCase(id.trim())) {
                return scaling;
            }
        }
        throw new BadInputException("segment.error.scaling", id);
    }
}
