package org.marketingworkbench.report.html;

/**
 * A headline number shown large at the top of a section.
 *
 * @param label  what the number is ("Campaigns compared")
 * @param value  the number, already formatted ("12", "0.73")
 * @param detail a short explanation under it, or empty
 */
public record KeyFigure(String label, String value, String detail) {

    public KeyFigure {
        detail = detail == null ? "" : detail;
    }

    public static KeyFigure of(String label, String value) {
        return new KeyFigure(label, value, "");
    }
}
