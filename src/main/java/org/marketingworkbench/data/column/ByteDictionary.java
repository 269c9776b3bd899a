package org.marketingworkbench.data.column;

import java.util.Arrays;

/**
 * The distinct byte strings of one chunk, each given a code in order of first sight. Looking a
 * cell up hashes its bytes in place, so a repeated category costs no String and no garbage.
 */
final class ByteDictionary {

    private int[] slots = new int[64];          // code + 1, or 0 for an empty slot
    private int[] hashes = new int[32];
    private int[] offsets = new int[32];
    private int[] lengths = new int[32];
    private byte[] pool = new byte[1024];
    private int poolSize;
    private int size;

    /** The code of {@code bytes[start, end)}, adding it when new. */
    int codeOf(byte[] bytes, int start, int end) {
        int hash = hash(bytes, start, end);
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                return add(bytes, start, end, hash, slot);
            }
            int code = entry - 1;
            if (hashes[code] == hash && lengths[code] == end - start && sameBytes(offsets[code], bytes, start, end)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Compares short values byte by byte: cheaper than a library call for a few bytes. */
    private boolean sameBytes(int offset, byte[] bytes, int start, int end) {
        int length = end - start;
        if (length > 32) {
            return Arrays.equals(pool, offset, offset + length, bytes, start, end);
        }
        for (int i = 0; i < length; i++) {
            if (pool[offset + i] != bytes[start + i]) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return size;
    }

    byte[] pool() {
        return pool;
    }

    int offset(int code) {
        return offsets[code];
    }

    int length(int code) {
        return lengths[code];
    }

    private int add(byte[] bytes, int start, int end, int hash, int slot) {
        int code = size++;
        if (code == hashes.length) {
            int grown = code * 2;
            hashes = Arrays.copyOf(hashes, grown);
            offsets = Arrays.copyOf(offsets, grown);
            lengths = Arrays.copyOf(lengths, grown);
        }
        int length = end - start;
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(poolSize + length, pool.length * 2));
        }
        System.arraycopy(bytes, start, pool, poolSize, length);
        hashes[code] = hash;
        offsets[code] = poolSize;
        lengths[code] = length;
        poolSize += length;
        slots[slot] = code + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int code = 0; code < size; code++) {
            int slot = hashes[code] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = code + 1;
        }
    }

    private static int hash(byte[] bytes, int start, int end) {
        int hash = 0x9E3779B9;
        for (int i = start; i < end; i++) {
            hash = (hash ^ bytes[i]) * 0x01000193;
        }
        return hash ^ (hash >>> 16);
    }
}
