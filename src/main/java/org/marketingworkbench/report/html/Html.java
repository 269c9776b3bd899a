package org.marketingworkbench.report.html;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * Text made safe for the report: HTML escaped (so a cell holding markup shows as text), and
 * without the control characters XML forbids (the PDF renderer parses the report as XHTML).
 */
final class Html {
    private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return ESCAPER.escape(withoutControlCharacters(text));
    }

    private static String withoutControlCharacters(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.substring(0, i));
            } else if (allowed && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }
}
