package org.marketingworkbench.data.csv;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reuses the few block-sized read buffers of one load, so reading a 100 MB file does not make
 * 100 MB of garbage for the collector (and grow the heap) four megabytes at a time.
 */
final class BufferPool {

    private final ConcurrentLinkedQueue<byte[]> free = new ConcurrentLinkedQueue<>();

    /** A buffer of at least {@code size} bytes. */
    byte[] take(int size) {
        byte[] buffer = free.poll();
        while (buffer != null && buffer.length < size) {
            buffer = free.poll();
        }
        return buffer != null ? buffer : new byte[size];
    }

    void give(byte[] buffer) {
        free.add(buffer);
    }
}
