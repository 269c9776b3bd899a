package org.marketingworkbench.data.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marketingworkbench.common.Progress;

/**
 * Rewrites a text file in another encoding (GB18030, UTF-16, Windows-1252) as UTF-8 in a
 * temporary file, so one fast byte-level CSV reader serves every encoding. A GBK trail byte can
 * equal '|', which a byte-level split on the original would cut in two.
 */
public final class Utf8Transcoder {

    private static final int BUFFER = 1 << 16;

    /** Result: the UTF-8 copy and how many bytes could not be decoded (written as U+FFFD). */
    public record Transcoded(Path file, long undecodable) {
    }

    private Utf8Transcoder() {
    }

    /**
     * Copies {@code source} from {@code skip} bytes on into a new temporary UTF-8 file; the
     * caller deletes it.
     */
    public static Transcoded toTemporaryFile(FileChannel source, long skip, Charset charset, Progress progress,
            String message) throws IOException {
        Path target = Files.createTempFile("mwb-utf8-", ".csv");
        try (OutputStream out = Files.newOutputStream(target)) {
            long undecodable = copy(source, skip, charset, out, progress, message);
            return new Transcoded(target, undecodable);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    private static long copy(FileChannel source, long skip, Charset charset, OutputStream out, Progress progress,
            String message) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        ByteBuffer encoded = ByteBuffer.allocate(BUFFER * 4);
        long position = skip;
        long size = source.size();
        long undecodable = 0;
        boolean end = false;
        while (!end) {
            progress.checkCancelled();
            int read = source.read(in, position);
            if (read < 0) {
                end = true;
            } else {
                position += read;
                progress.update(position, size, message);
            }
            in.flip();
            while (true) {
                CoderResult result = decoder.decode(in, chars, end);
                if (result.isError()) {
                    undecodable += result.length();
                    in.position(in.position() + result.length());
                    if (!chars.hasRemaining()) {
                        write(encoder, chars, encoded, out, false);
                    }
                    chars.put('\uFFFD');
                    continue;
                }
                if (result.isOverflow()) {
                    write(encoder, chars, encoded, out, false);
                    continue;
                }
                break;
            }
            in.compact();
        }
        decoder.flush(chars);
        write(encoder, chars, encoded, out, true);
        return undecodable;
    }

    private static void write(CharsetEncoder encoder, CharBuffer chars, ByteBuffer encoded, OutputStream out,
            boolean last) throws IOException {
        chars.flip();
        encoder.encode(chars, encoded, last);
        if (last) {
            encoder.flush(encoded);
        }
        out.write(encoded.array(), 0, encoded.position());
        encoded.clear();
        chars.compact();
    }
}
