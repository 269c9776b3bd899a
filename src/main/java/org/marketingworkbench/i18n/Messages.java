package org.marketingworkbench.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible text from {@code messages.properties} and its translations, in the JVM's
 * default locale (the app sets it from the settings or the OS; the CLI uses English).
 */
public final class Messages {
    public static final String BUNDLE = "messages";

    private Messages() {
    }

    /** The text for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
    public static String get(String key, Object... arguments) {
        return get(Locale.getDefault(), key, arguments);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** True when the bundle has the key (for optional texts such as per-page help). */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).containsKey(key);
    }
}
