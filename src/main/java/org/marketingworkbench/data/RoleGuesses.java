package org.marketingworkbench.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The guessed role of every column, in table order, with the reasons. */
public record RoleGuesses(Map<String, RoleGuess> byColumn) {

    public RoleGuesses {
        byColumn = Collections.unmodifiableMap(new LinkedHashMap<>(byColumn));
    }

    /** The guess for the column named {@code name}. */
    public RoleGuess get(String name) {
        RoleGuess guess = byColumn.get(name);
        if (guess == null) {
            throw new IllegalArgumentException("no column named " + name);
        }
        return guess;
    }

    /** Just the roles, as {@link DataSource#roles()} holds them. */
    public Map<String, ColumnRole> roles() {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        byColumn.forEach((name, guess) -> roles.put(name, guess.role()));
        return Collections.unmodifiableMap(roles);
    }
}
