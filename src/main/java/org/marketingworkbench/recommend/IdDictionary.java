package org.marketingworkbench.recommend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text ids of customers or items mapped to dense indexes {@code 0..size-1} in the order
 * they were first seen, and back. Analyses work on the indexes; people see the names.
 */
public final class IdDictionary {
    private final List<String> names;
    private final Map<String, Integer> indexes;

    private IdDictionary(List<String> names, Map<String, Integer> indexes) {
        this.names = Collections.unmodifiableList(names);
        this.indexes = indexes;
    }

    /** A dictionary of the given names, indexed in list order; names must be distinct. */
    public static IdDictionary of(List<String> names) {
        Builder builder = new Builder();
        for (String name : names) {
            builder.indexOf(name);
        }
        if (builder.size() != names.size()) {
            throw new IllegalArgumentException("names repeat");
        }
        return builder.build();
    }

    public int size() {
        return names.size();
    }

    public String name(int index) {
        return names.get(index);
    }

    /** The index of {@code name}, or -1 when it is not in the dictionary. */
    public int indexOf(String name) {
        Integer index = indexes.get(name);
        return index == null ? -1 : index;
    }

    /** Every name, in index order. */
    public List<String> names() {
        return names;
    }

    /** Collects names as they come, giving each new one the next index. */
    static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> indexes = new HashMap<>();

        int indexOf(String name) {
            Integer index = indexes.putIfAbsent(name, names.size());
            if (index == null) {
                names.add(name);
                return names.size() - 1;
            }
            return index;
        }

        int size() {
            return names.size();
        }

        IdDictionary build() {
            return new IdDictionary(names, indexes);
        }
    }
}
