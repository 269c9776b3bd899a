package org.marketingworkbench.predict.setup;

import org.marketingworkbench.common.BadInputException;

/**
 * How one feature is prepared: its kind and how its missing values are filled.
 *
 * @param column the feature's column name
 * @param kind   number or category
 * @param fill   what replaces a missing value
 */
public record ColumnPreparation(String column, FeatureKind kind, MissingFill fill) {

    public ColumnPreparation {
        if (kind == FeatureKind.CATEGORY && fill != MissingFill.MODE) {
            throw new BadInputException("predict.error.fillNeedsNumbers", column, fill.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The usual preparation: mean for numbers, mode for categories. */
    public static ColumnPreparation usual(String column, FeatureKind kind) {
        return new ColumnPreparation(column, kind, kind == FeatureKind.NUMBER ? MissingFill.MEAN : MissingFill.MODE);
    }
}
