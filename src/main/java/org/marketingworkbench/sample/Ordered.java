package org.marketingworkbench.sample;

import java.util.LinkedHashMap;
import java.util.Map;

/** Maps that keep their insertion order, so the truth file is written the same way every run (Map.of is not). */
final class Ordered {

    private Ordered() {
    }

    /** A map of alternating keys and values, in that order. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
