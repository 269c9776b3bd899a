package org.marketingworkbench.prepare.steps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.BadInputException;

/** The mapping table of a {@link Recode} step, ready for look-ups. */
final class RecodeTable {
    private final Map<String, String> targets = new HashMap<>();
    private final boolean ignoreCase;
    private final Recode.Unmapped unmapped;
    private final String defaultValue;

    RecodeTable(List<Recode.Mapping> mappings, boolean ignoreCase, Recode.Unmapped unmapped, String defaultValue) {
        this.ignoreCase = ignoreCase;
        this.unmapped = unmapped;
        this.defaultValue = StepSupport.text(defaultValue);
        for (Recode.Mapping mapping : mappings) {
            String from = StepSupport.folded(StepSupport.text(mapping.from()), ignoreCase);
            String to = StepSupport.text(mapping.to());
            String earlier = targets.putIfAbsent(from, to);
            if (earlier != null && !earlier.equals(to)) {
                throw new BadInputException("prepare.error.recodeConflict", mapping.from(), earlier, to);
            }
        }
    }

    /**
     * What a present value becomes.
     *
     * @param text   the new text; empty means missing
     * @param mapped whether the table lists the value
     */
    record Target(String text, boolean mapped) {
    }

    /** What {@code value} becomes. */
    Target target(String value) {
        String target = targets.get(StepSupport.folded(value, ignoreCase));
        if (target != null) {
            return new Target(target, true);
        }
        return new Target(switch (unmapped) {
            case KEEP -> value;
            case MISSING -> "";
            case DEFAULT -> defaultValue;
        }, false);
    }
}
