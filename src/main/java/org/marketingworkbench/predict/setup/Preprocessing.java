package org.marketingworkbench.predict.setup;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.common.BadInputException;

/**
 * The preparation shown to the user and editable as a value: per feature its kind and fill,
 * how categories are encoded, and whether numbers are standardised (z-scores from the
 * training rows, for models that are sensitive to scale).
 *
 * @param columns     one entry per feature, in feature order
 * @param categories  nominal attributes (trees) or one-hot columns (the others)
 * @param standardise whether numeric inputs become z-scores
 */
public record Preprocessing(List<ColumnPreparation> columns, CategoryEncoding categories, boolean standardise) {

    public Preprocessing {
        columns = List.copyOf(columns);
    }

    /** The feature names, in order. */
    public List<String> features() {
        return columns.stream().map(ColumnPreparation::column).toList();
    }

    /** The same preparation with another fill for one column. */
    public Preprocessing withFill(String column, MissingFill fill) {
        List<ColumnPreparation> changed = new ArrayList<>();
        boolean found = false;
        for (ColumnPreparation preparation : columns) {
            if (preparation.column().equals(column)) {
                changed.add(new ColumnPreparation(column, preparation.kind(), fill));
                found = true;
            } else {
                changed.add(preparation);
            }
        }
        if (!found) {
            throw new BadInputException("predict.error.notAFeature", column);
        }
        return new Preprocessing(changed, categories, standardise);
    }

    public Preprocessing withCategories(CategoryEncoding encoding) {
        return new Preprocessing(columns, encoding, standardise);
    }

    public Preprocessing withStandardise(boolean value) {
        return new Preprocessing(columns, categories, value);
    }
}
