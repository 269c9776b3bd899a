package org.marketingworkbench.data.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A window of the file in a heap byte array, moved forward as the parser needs. Reads are
 * positional, so several threads share one open channel (opened once, read-only), and file
 * pages are not mapped into the process, which keeps memory at the table's size.
 */
final class BlockBuffer {

    private final FileChannel channel;
    private final long fileSize;
    private byte[] bytes;
    private long fileOffset;
    private int length;

    BlockBuffer(FileChannel channel, long fileSize, byte[] bytes) {
        this.channel = channel;
        this.fileSize = fileSize;
        this.bytes = bytes;
    }

    /** Fills the window from file position {@code position}. */
    void load(long position) throws IOException {
        fileOffset = position;
        length = 0;
        fill();
    }

    /**
     * Moves the window so that it starts at index {@code keepFrom}, growing it when what is kept
     * fills more than half of it, and reads on. Indexes shift by {@code keepFrom}.
     */
    void advance(int keepFrom) throws IOException {
        int kept = length - keepFrom;
        if (kept > bytes.length / 2) {
            byte[] grown = new byte[bytes.length * 2];
            System.arraycopy(bytes, keepFrom, grown, 0, kept);
            bytes = grown;
        } else {
            System.arraycopy(bytes, keepFrom, bytes, 0, kept);
        }
        fileOffset += keepFrom;
        length = kept;
        fill();
    }

    byte[] bytes() {
        return bytes;
    }

    /** The valid bytes: {@code bytes()[0, length())}. */
    int length() {
        return length;
    }

    /** The file position of {@code bytes()[0]}. */
    long fileOffset() {
        return fileOffset;
    }

    /** The window reaches the end of the file. */
    boolean atEnd() {
        return fileOffset + length >= fileSize;
    }

    private void fill() throws IOException {
        int wanted = (int) Math.min(bytes.length - length, fileSize - fileOffset - length);
        ByteBuffer target = ByteBuffer.wrap(bytes, length, wanted);
        while (target.hasRemaining()) {
            int read = channel.read(target, fileOffset + target.position());
            if (read < 0) {
                throw new FileChangedException("");
            }
        }
        length += wanted;
    }
}
