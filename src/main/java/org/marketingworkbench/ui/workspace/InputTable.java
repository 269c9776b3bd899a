package org.marketingworkbench.ui.workspace;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marketingworkbench.data.ColumnRole;
import tech.tablesaw.api.Table;

/**
 * A table an analysis page can take as its input: the prepared data or one open source.
 *
 * @param label    what the page's input chooser shows
 * @param prepared true for the output of the Prepare recipe
 * @param roles    the column roles known for it (may be empty for derived columns)
 */
public record InputTable(String label, boolean prepared, Table table, Map<String, ColumnRole> roles) {

    /** Columns holding personal data: left out of features and pseudonymised on export. */
    public Set<String> personalColumns() {
        return roles.entrySet().stream().filter(entry -> entry.getValue() == ColumnRole.PERSONAL)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    public ColumnRole role(String column) {
        return roles.getOrDefault(column, ColumnRole.FEATURE);
    }

    @Override
    public String toString() {
        return label;
    }
}
