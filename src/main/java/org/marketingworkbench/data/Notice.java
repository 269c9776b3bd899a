package org.marketingworkbench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marketingworkbench.i18n.Messages;

/**
 * Something the user should know about a load, as a message key and its arguments, so the
 * text follows the language the user picks later. Column types among the arguments are shown
 * by their translated names.
 */
public record Notice(String key, List<Object> arguments) {

    public Notice {
        arguments = java.util.Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Notice of(String key, Object... arguments) {
        return new Notice(key, Arrays.asList(arguments));
    }

    /** The message in the current language. */
    public String text() {
        Object[] shown = arguments.toArray();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof ColumnType type) {
                shown[i] = Messages.get("data.type." + type.id());
            }
        }
        return Messages.get(key, shown);
    }
}
