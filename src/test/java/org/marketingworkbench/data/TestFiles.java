package org.marketingworkbench.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marketingworkbench.common.Progress;

/** Writes small data files for the loader tests and loads them. */
final class TestFiles {

    private TestFiles() {
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, String text, Charset charset) {
        return write(dir, name, text.getBytes(charset));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DataSource load(Path file) {
        return DataLoader.load(file, LoadOptions.detect(), Progress.none());
    }

    static DataSource load(Path file, LoadOptions options) {
        return DataLoader.load(file, options, Progress.none());
    }

    /** The bytes with {@code prefix} (a byte order mark) in front. */
    static byte[] prefixed(int[] prefix, byte[] text) {
        byte[] all = new byte[prefix.length + text.length];
        for (int i = 0; i < prefix.length; i++) {
            all[i] = (byte) prefix[i];
        }
        System.arraycopy(text, 0, all, prefix.length, text.length);
        return all;
    }
}
