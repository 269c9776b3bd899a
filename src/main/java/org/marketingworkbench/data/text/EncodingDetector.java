package org.marketingworkbench.data.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects the encoding of a text data file from its first bytes: a byte order mark (UTF-8,
 * UTF-16 LE/BE), else strict UTF-8, else GB18030 when it decodes cleanly and reads as Chinese
 * (the encoding Excel and WPS use for Chinese CSVs), else Windows-1252 as a flagged last
 * resort. When the user chose an encoding, it checks that choice and proposes a better one, so
 * nobody gets garbled text without being told.
 */
public final class EncodingDetector {

    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingDetector() {
    }

    /**
     * @param head   the first bytes of the file
     * @param whole  {@code head} is the whole file (else a character may be cut at its end)
     * @param chosen the user's encoding, or null to detect
     */
    public static EncodingGuess detect(byte[] head, boolean whole, Charset chosen) {
        Charset marked = byteOrderMark(head);
        int bom = marked == null ? 0 : marked == StandardCharsets.UTF_8 ? 3 : 2;
        if (chosen != null) {
            boolean markMatches = marked != null && sameFamily(marked, chosen);
            // plain "UTF-16" means "as the mark says"; the mark itself is skipped here
            Charset reading = markMatches && chosen.name().equals("UTF-16") ? marked : chosen;
            return checkChoice(head, markMatches ? bom : 0, whole, reading, marked);
        }
        if (marked != null) {
            return new EncodingGuess(marked, bom, true, true, null, false);
        }
        Charset utf16 = utf16WithoutMark(head);
        if (utf16 != null) {
            return new EncodingGuess(utf16, 0, true, true, null, false);
        }
        if (decodes(head, 0, whole, StandardCharsets.UTF_8)) {
            return new EncodingGuess(StandardCharsets.UTF_8, 0, true, true, null, false);
        }
        if (looksChinese(head, whole)) {
            return new EncodingGuess(GB18030, 0, true, true, null, false);
        }
        return new EncodingGuess(WINDOWS_1252, 0, true, true, null, true);
    }

    /** True when the bytes hold what text files never do: NUL bytes or many control characters. */
    public static boolean looksBinary(byte[] head, int length) {
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                controls++;
            }
        }
        return controls * 100 > length;
    }

    private static EncodingGuess checkChoice(byte[] head, int skip, boolean whole, Charset chosen, Charset marked) {
        boolean readable = decodes(head, skip, whole, chosen);
        Charset suggestion = null;
        if (marked != null && !sameFamily(marked, chosen)) {
            suggestion = marked;
        } else if (!isUtf8(chosen) && hasNonAscii(head) && decodes(head, skip, whole, StandardCharsets.UTF_8)) {
            suggestion = StandardCharsets.UTF_8;
        } else if (!readable && !chosen.equals(GB18030) && looksChinese(head, whole)) {
            suggestion = GB18030;
        }
        return new EncodingGuess(chosen, skip, false, readable, suggestion, false);
    }

    private static Charset byteOrderMark(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** UTF-16 without a mark shows as ASCII text with a NUL in every other byte. */
    private static Charset utf16WithoutMark(byte[] head) {
        int pairs = Math.min(head.length / 2, 4096);
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            evenZeros += head[2 * i] == 0 ? 1 : 0;
            oddZeros += head[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 10 > pairs * 7 && evenZeros * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 > pairs * 7 && oddZeros * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * GB18030 decodes many byte soups; Chinese text also keeps most two-byte characters in the
     * common GB2312 area (both bytes 0xA1 or above), which Latin text read as GB18030 does not.
     */
    static boolean looksChinese(byte[] head, boolean whole) {
        if (!decodes(head, 0, whole, GB18030)) {
            return false;
        }
        int pairs = 0;
        int common = 0;
        int i = 0;
        while (i < head.length) {
            int lead = head[i] & 0xFF;
            if (lead < 0x80 || i + 1 >= head.length) {
                i++;
                continue;
            }
            int trail = head[i + 1] & 0xFF;
            if (trail >= 0x30 && trail <= 0x39) {
                i += 4; // a four-byte GB18030 sequence
                continue;
            }
            pairs++;
            if (lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1) {
                common++;
            }
            i += 2;
        }
        return pairs > 0 && common * 10 >= pairs * 8;
    }

    private static boolean decodes(byte[] head, int skip, boolean whole, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, skip, head.length - skip);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, whole);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            // underflow: all read, or a character cut at the end of a partial head
            return whole ? decoder.flush(out).isUnderflow() : in.remaining() < 4;
        }
    }

    private static boolean hasNonAscii(byte[] head) {
        for (byte b : head) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII);
    }

    private static boolean sameFamily(Charset marked, Charset chosen) {
        if (marked.equals(StandardCharsets.UTF_8)) {
            return chosen.equals(StandardCharsets.UTF_8);
        }
        return chosen.name().startsWith("UTF-16");
    }
}
