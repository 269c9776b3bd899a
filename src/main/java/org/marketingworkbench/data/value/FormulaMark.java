package org.marketingworkbench.data.value;

/**
 * The counterpart of the exporters' formula guard (report.FormulaGuard): a text cell that
 * starts with an apostrophe followed by = + - @ tab or carriage return was guarded against
 * formula injection, so the apostrophe is a mark, not content, as it is in Excel. Reading such
 * a cell drops the mark, so an export reads back to the text that was exported.
 */
public final class FormulaMark {

    private FormulaMark() {
    }

    /** Where the cell's text starts once a guard mark at {@code start} is dropped. */
    public static int contentStart(byte[] bytes, int start, int end) {
        if (end - start > 1 && bytes[start] == '\'') {
            byte next = bytes[start + 1];
            if (next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r') {
                return start + 1;
            }
        }
        return start;
    }
}
