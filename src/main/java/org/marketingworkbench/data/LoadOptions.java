package org.marketingworkbench.data;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * What the user overrides when opening a file; empty values mean "detect".
 *
 * @param charset   the text encoding, or empty to detect it
 * @param delimiter the field separator, or empty to detect it
 * @param header    whether the first row holds column names (empty: detect)
 * @param sheet     the spreadsheet sheet name, or empty for the first
 */
public record LoadOptions(Optional<Charset> charset, Optional<Character> delimiter, Optional<Boolean> header,
        Optional<String> sheet) {

    public static LoadOptions detect() {
        return new LoadOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public LoadOptions withCharset(Charset value) {
        return new LoadOptions(Optional.of(value), delimiter, header, sheet);
    }

    public LoadOptions withDelimiter(char value) {
        return new LoadOptions(charset, Optional.of(value), header, sheet);
    }

    public LoadOptions withHeader(boolean value) {
        return new LoadOptions(charset, delimiter, Optional.of(value), sheet);
    }

    public LoadOptions withSheet(String value) {
        return new LoadOptions(charset, delimiter, header, Optional.of(value));
    }
}
