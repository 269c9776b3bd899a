package org.marketingworkbench.recommend;

import java.util.Locale;

/** What the recommendations are based on: what customers bought together, what items are like, or both. */
public enum Method {
    /** Item-based collaborative filtering on the interactions. */
    BEHAVIOUR("behaviour"),
    /** Cosine of item attributes against the customer's profile. */
    CONTENT("content"),
    /** a * behaviour + (1 - a) * content, each normalised per customer. */
    HYBRID("hybrid");

    private final String id;

    Method(String id) {
        this.id = id;
    }

    /** The name used in project files. */
    public String id() {
        return id;
    }

    /** The method named {@code text}; behaviour when the text is unknown or missing. */
    public static Method fromId(String text) {
        if (text != null) {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            for (Method method : values()) {
                if (method.id.equals(wanted)) {
                    return method;
                }
            }
        }
        return BEHAVIOUR;
    }

    /** True when the method needs an item attribute table. */
    public boolean usesContent() {
        return this != BEHAVIOUR;
    }
}
