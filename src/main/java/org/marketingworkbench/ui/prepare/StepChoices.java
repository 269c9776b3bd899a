package org.marketingworkbench.ui.prepare;

import java.util.List;

/**
 * What a step editor offers to choose from.
 *
 * @param columns      the columns the step sees
 * @param sources      the open sources (for append and join)
 * @param otherColumns the columns of every open source (a join's other key)
 */
record StepChoices(List<String> columns, List<String> sources, List<String> otherColumns) {

    StepChoices {
        columns = List.copyOf(columns);
        sources = List.copyOf(sources);
        otherColumns = List.copyOf(otherColumns);
    }
}
