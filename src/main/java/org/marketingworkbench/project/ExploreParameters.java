package org.marketingworkbench.project;

import java.util.List;
import org.marketingworkbench.explore.Correlations;
import org.marketingworkbench.explore.PivotSpec;

/**
 * The Explore page's choices in a project. Left-out values take the page's defaults.
 *
 * @param input              the source id, or {@link Pages#PREPARED_INPUT}
 * @param column             the column whose distribution is shown, or null
 * @param splitBy            the column it is split by (hue for categories, groups for box plots), or null
 * @param bins               histogram bins, 0 for Sturges' rule
 * @param pivot              the pivot table, or null
 * @param correlationColumns the number columns correlated (empty: every number column but ids and personal data)
 * @param correlation        Pearson or Spearman
 */
public record ExploreParameters(String input, String column, String splitBy, Integer bins, PivotSpec pivot,
        List<String> correlationColumns, Correlations.Method correlation) {

    public ExploreParameters {
        bins = bins == null ? 0 : bins;
        correlationColumns = correlationColumns == null ? List.of() : List.copyOf(correlationColumns);
        correlation = correlation == null ? Correlations.Method.PEARSON : correlation;
    }
}
