package org.marketingworkbench.data.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.data.LoadOptions;
import org.marketingworkbench.data.Notice;
import org.marketingworkbench.data.text.EncodingDetector;
import org.marketingworkbench.data.text.EncodingGuess;

/** The encoding step of loading a text file: refuse empty and binary files, check the user's choice, and tell. */
final class TextEncoding {

    private TextEncoding() {
    }

    /** The encoding to read {@code head} with; fails for an empty or binary file. */
    static EncodingGuess detect(String name, byte[] head, boolean whole, LoadOptions options) {
        EncodingGuess guess = EncodingDetector.detect(head, whole, options.charset().orElse(null));
        if (blank(head, guess.bomLength())) {
            throw new BadInputException("data.error.empty", name);
        }
        boolean utf16 = guess.charset().name().startsWith("UTF-16");
        if (!utf16 && EncodingDetector.looksBinary(head, head.length)) {
            throw new BadInputException("data.error.binary", name);
        }
        return guess;
    }

    /** Fails when the user's encoding cannot read the file, proposing a better one when there is one. */
    static void requireReadable(String name, EncodingGuess guess) {
        if (guess.readable()) {
            return;
        }
        if (guess.suggestion() != null) {
            throw new BadInputException("data.error.wrongEncoding", name, guess.charset().name(),
                    guess.suggestion().name());
        }
        throw new BadInputException("data.error.undecodable", name, guess.charset().name());
    }

    /** What to tell about the encoding after loading. */
    static List<Notice> notices(EncodingGuess guess, long undecodable) {
        List<Notice> notices = new ArrayList<>();
        if (guess.fallback()) {
            notices.add(Notice.of("data.notice.westernEncoding", guess.charset().name()));
        }
        if (!guess.readable() && guess.suggestion() != null) {
            notices.add(Notice.of("data.notice.wrongEncoding", guess.charset().name(), guess.suggestion().name()));
        } else if (guess.suggestion() != null) {
            notices.add(Notice.of("data.notice.betterEncoding", guess.charset().name(), guess.suggestion().name()));
        }
        if (undecodable > 0) {
            notices.add(Notice.of("data.notice.undecodable", undecodable, guess.charset().name()));
        }
        return notices;
    }

    private static boolean blank(byte[] head, int from) {
        if (head.length - from > 4096) {
            return false;
        }
        String text = new String(head, from, head.length - from, StandardCharsets.ISO_8859_1);
        return text.replace("\u0000", "").isBlank();
    }
}
