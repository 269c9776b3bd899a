package org.marketingworkbench.segment;

import java.util.List;
import org.marketingworkbench.i18n.Messages;

/**
 * One thing that sets a segment apart, such as "high income" or "mostly student (job)", kept as
 * a message key so it reads in the current language.
 *
 * @param profile   the feature difference it describes
 * @param key       the message key of the phrase
 * @param arguments the phrase's arguments (column name, level)
 */
public record Trait(FeatureProfile profile, String key, List<Object> arguments) {

    public Trait {
        arguments = List.copyOf(arguments);
    }

    public String text() {
        return Messages.get(key, arguments.toArray());
    }
}
