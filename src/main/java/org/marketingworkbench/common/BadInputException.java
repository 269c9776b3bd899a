package org.marketingworkbench.common;

import org.marketingworkbench.i18n.Messages;

/**
 * A problem with the user's data or parameters: the message is one translated sentence
 * that says what happened and what to do. The CLI exits with code 2 for these; the UI shows
 * the message without a stack trace.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    /** A message from the resource bundles: {@code key} with {@link java.text.MessageFormat} arguments. */
    public BadInputException(String key, Object... arguments) {
        this(null, key, arguments);
    }

    public BadInputException(Throwable cause, String key, Object... arguments) {
        super(key, cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    /** The message in the current default locale. */
    @Override
    public String getMessage() {
        return Messages.get(key, arguments);
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }
}
