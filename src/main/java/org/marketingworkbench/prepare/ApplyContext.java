package org.marketingworkbench.prepare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;
import tech.tablesaw.api.Table;

/**
 * The open data sources a recipe may read, by name: the recipe's input and the tables that concat
 * and join steps bring in.
 *
 * @param sources the tables by source name, in the order the user opened them
 */
public record ApplyContext(Map<String, Table> sources) {

    public ApplyContext {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** A context with a single source. */
    public static ApplyContext of(String name, Table table) {
        return new ApplyContext(Map.of(name, table));
    }

    /** The source named {@code name}, or a {@link BadInputException} that lists the open sources. */
    public Table source(String name) {
        Table table = sources.get(name);
        if (table == null) {
            throw new BadInputException("prepare.error.missingSource", String.valueOf(name),
                    String.join(", ", sources.keySet()));
        }
        return table;
    }
}
