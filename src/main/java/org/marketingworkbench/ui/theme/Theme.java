package org.marketingworkbench.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** Light and dark: AtlantaFX's Primer stylesheets plus our own workbench.css on top. */
public enum Theme {
    LIGHT, DARK;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Theme fromId(String id) {
        return "dark".equalsIgnoreCase(id) ? DARK : LIGHT;
    }

    /** The user-agent stylesheet of the whole application. */
    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }
}
