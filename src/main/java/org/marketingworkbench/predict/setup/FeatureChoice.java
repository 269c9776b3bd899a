package org.marketingworkbench.predict.setup;

import java.util.List;
import org.marketingworkbench.common.BadInputException;

/**
 * Which columns the user wants as features: an explicit list, or everything usable except
 * an exclude list (both empty: everything usable).
 *
 * @param include the features to use, or empty
 * @param exclude the columns to leave out, or empty
 */
public record FeatureChoice(List<String> include, List<String> exclude) {

    public FeatureChoice {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        if (!include.isEmpty() && !exclude.isEmpty()) {
            throw new BadInputException("predict.error.includeAndExclude");
        }
    }

    public static FeatureChoice all() {
        return new FeatureChoice(List.of(), List.of());
    }

    public static FeatureChoice only(List<String> features) {
        return new FeatureChoice(features, List.of());
    }

    public static FeatureChoice allExcept(List<String> columns) {
        return new FeatureChoice(List.of(), columns);
    }
}
