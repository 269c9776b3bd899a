package org.marketingworkbench.ui.i18n;

import java.util.Locale;

/** The languages of the user interface. */
public enum Language {
    ENGLISH(Locale.ENGLISH, "en"),
    CHINESE(Locale.SIMPLIFIED_CHINESE, "zh-CN");

    private final Locale locale;
    private final String tag;

    Language(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The tag kept in the settings. */
    public String tag() {
        return tag;
    }

    /** The saved choice, or the OS locale's language when nothing was saved. */
    public static Language fromSettings(String tag, Locale system) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return "zh".equals(system.getLanguage()) ? CHINESE : ENGLISH;
    }
}
