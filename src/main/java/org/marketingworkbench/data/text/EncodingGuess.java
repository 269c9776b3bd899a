package org.marketingworkbench.data.text;

import java.nio.charset.Charset;

/**
 * How to decode a text file.
 *
 * @param charset    the encoding to read with
 * @param bomLength  how many bytes of byte order mark to skip
 * @param detected   the encoding was detected, not chosen by the user
 * @param readable   the start of the file decodes cleanly with {@code charset}
 * @param suggestion an encoding that reads the file better than {@code charset}, or null
 * @param fallback   nothing fitted well: {@code charset} is Windows-1252, a last resort
 */
public record EncodingGuess(Charset charset, int bomLength, boolean detected, boolean readable, Charset suggestion,
        boolean fallback) {
}
