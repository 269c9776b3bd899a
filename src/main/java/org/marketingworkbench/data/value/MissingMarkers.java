package org.marketingworkbench.data.value;

import java.nio.charset.StandardCharsets;

/**
 * The texts that mean "no value" in the files marketers have: empty, NA, N/A, #N/A, null, NaN,
 * a lone dash, and the Chinese 无 and 空. Latin markers match in any letter case.
 */
public final class MissingMarkers {

    private static final byte[][] LATIN = ascii("na", "n/a", "#n/a", "null", "nan", "-");
    private static final byte[][] CHINESE = {utf8("无"), utf8("空")};

    private MissingMarkers() {
    }

    /** True when the UTF-8 bytes {@code [start, end)}, without surrounding spaces, are a missing marker. */
    public static boolean isMissing(byte[] bytes, int start, int end) {
        int from = Spaces.skipLeading(bytes, start, end);
        int to = Spaces.skipTrailing(bytes, from, end);
        int length = to - from;
        if (length == 0) {
            return true;
        }
        if (length > 4 || !mayStartMarker(bytes[from])) {
            return false;
        }
        for (byte[] marker : LATIN) {
            if (marker.length == length && equalsIgnoringCase(bytes, from, marker)) {
                return true;
            }
        }
        for (byte[] marker : CHINESE) {
            if (marker.length == length && java.util.Arrays.equals(bytes, from, to, marker, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** The first bytes of the markers: n N # - and the lead byte of 无 and 空. */
    private static boolean mayStartMarker(byte first) {
        return first == 'n' || first == 'N' || first == '#' || first == '-' || first == (byte) 0xE6
                || first == (byte) 0xE7;
    }

    public static boolean isMissing(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return isMissing(bytes, 0, bytes.length);
    }

    private static boolean equalsIgnoringCase(byte[] bytes, int from, byte[] lowerCase) {
        for (int i = 0; i < lowerCase.length; i++) {
            int c = bytes[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerCase[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[][] ascii(String... texts) {
        byte[][] result = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            result[i] = texts[i].getBytes(StandardCharsets.US_ASCII);
        }
        return result;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
