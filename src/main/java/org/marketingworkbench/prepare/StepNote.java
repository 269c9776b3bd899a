package org.marketingworkbench.prepare;

import java.util.Arrays;
import java.util.List;
import org.marketingworkbench.i18n.Messages;

/**
 * Something a step wants the user to know (a constant column left as it was, unmatched keys),
 * kept as a message key with arguments so it is shown in the language chosen when it is read.
 *
 * @param key       the message key in the resource bundles
 * @param arguments the {@link java.text.MessageFormat} arguments
 */
public record StepNote(String key, List<Object> arguments) {

    public StepNote {
        arguments = List.copyOf(arguments);
    }

    public static StepNote of(String key, Object... arguments) {
        return new StepNote(key, Arrays.asList(arguments));
    }

    /** The sentence in the current language. */
    public String text() {
        return Messages.get(key, arguments.toArray());
    }
}
