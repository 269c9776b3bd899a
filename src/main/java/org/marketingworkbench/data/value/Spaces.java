package org.marketingworkbench.data.value;

/** Skips the blanks around a value: ASCII spaces and tabs, and the no-break space (U+00A0) Excel writes. */
final class Spaces {

    private Spaces() {
    }

    static int skipLeading(byte[] bytes, int start, int end) {
        int i = start;
        while (i < end) {
            if (bytes[i] == ' ' || bytes[i] == '\t') {
                i++;
            } else if (bytes[i] == (byte) 0xC2 && i + 1 < end && bytes[i + 1] == (byte) 0xA0) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    static int skipTrailing(byte[] bytes, int start, int end) {
        int i = end;
        while (i > start) {
            if (bytes[i - 1] == ' ' || bytes[i - 1] == '\t') {
                i--;
            } else if (i - 2 >= start && bytes[i - 2] == (byte) 0xC2 && bytes[i - 1] == (byte) 0xA0) {
                i -= 2;
            } else {
                break;
            }
        }
        return i;
    }
}
