package org.marketingworkbench.report;

/**
 * Keeps spreadsheets from running exported text as a formula (CSV injection): a text cell that
 * starts with = + - @ tab or carriage return gets a leading apostrophe. Our loader removes
 * exactly that apostrophe again, so a guarded export reads back to the same text.
 */
public final class FormulaGuard {
    /** The mark put in front of a guarded cell. */
    public static final char MARK = '\'';

    private FormulaGuard() {
    }

    public static boolean needsGuard(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    public static String guard(String text) {
        return needsGuard(text) ? MARK + text : text;
    }

    /** The original text of a cell that {@link #guard} changed; any other cell unchanged. */
    public static String unguard(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == MARK && needsGuard(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }
}
