package org.marketingworkbench.segment;

import java.util.Locale;
import org.marketingworkbench.common.BadInputException;

/** What to do with rows whose features have missing values; the user decides, nothing is dropped silently. */
public enum MissingValues {
    /** No decision yet: segmentation stops and asks the user when a feature has missing values. */
    ASK,
    /** Leave those rows out (they get no segment). */
    DROP,
    /** Fill each gap with the mean of its feature (for a category, every level's share). */
    MEAN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice named {@code id} (drop or mean). */
    public static MissingValues parse(String id) {
        for (MissingValues choice : new MissingValues[] {DROP, MEAN}) {
            if (choice.id().equalsIgnoreCase(id.trim())) {
                return choice;
            }
        }
        throw new BadInputException("segment.error.missingChoice", id);
    }
}
