package org.marketingworkbench.segment;

import java.util.List;
import org.marketingworkbench.i18n.Messages;

/**
 * Something the user should know about a result (a column left out, rows dropped), kept as a
 * message key so it can be shown in whichever language is current.
 */
public record Notice(String key, List<Object> arguments) {

    public Notice {
        arguments = List.copyOf(arguments);
    }

    public static Notice of(String key, Object... arguments) {
        return new Notice(key, List.of(arguments));
    }

    /** The notice in the current language. */
    public String text() {
        return Messages.get(key, arguments.toArray());
    }
}
