package org.marketingworkbench.segment;

import java.util.Optional;

/**
 * One dimension of the feature matrix: a numeric column, or one level of a one-hot encoded category.
 *
 * @param column the table column it comes from
 * @param level  the category level for a one-hot dimension, empty for a numeric column
 */
public record FeatureColumn(String column, Optional<String> level) {

    public static FeatureColumn numeric(String column) {
        return new FeatureColumn(column, Optional.empty());
    }

    public static FeatureColumn level(String column, String level) {
        return new FeatureColumn(column, Optional.of(level));
    }

    /** True for a one-hot dimension, whose mean over a group is the share of that level. */
    public boolean isCategory() {
        return level.isPresent();
    }

    /** "income", or "job=student" for a category level. */
    public String name() {
        return level.map(value -> column + "=" + value).orElse(column);
    }
}
