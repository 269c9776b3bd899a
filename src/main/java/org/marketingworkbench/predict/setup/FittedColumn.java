package org.marketingworkbench.predict.setup;

import java.util.List;
import java.util.Map;

/**
 * What preparation learned about one feature from the training rows.
 *
 * @param name         the column
 * @param kind         number or category
 * @param fillNumber   the value that replaces a missing number
 * @param fillCategory the level that replaces a missing category
 * @param levels       the categories seen in training, sorted (empty for numbers)
 * @param codes        each level's position in {@code levels}
 * @param mean         the training mean, for standardising
 * @param spread       the training standard deviation (1 when constant), for standardising
 */
record FittedColumn(String name, FeatureKind kind, double fillNumber, String fillCategory, List<String> levels,
        Map<String, Integer> codes, double mean, double spread) {

    /** The code of a level, or -1 for a category not seen in training. */
    int code(String level) {
        Integer code = codes.get(level);
        return code == null ? -1 : code;
    }
}
