package org.ponte.reporting.readmodel;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids of the things already counted (attendances, mentoring sessions), so that a repeated event counts once. An
 * id is kept as 128 bits: a UUID exactly, any other id as two independent 64-bit hashes. Open addressing over two
 * long arrays: 16 bytes an id instead of a String and a HashMap entry (about 120), which is what lets a national
 * history of attendances fit in the service's memory.
 */
final class IdSet {

    private long[] high = new long[1024];
    private long[] low = new long[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    /** Adds the id; false if it was there already. */
    boolean add(String id) {
        long h;
        long l;
        try {
            UUID uuid = UUID.fromString(id);
            h = uuid.getMostSignificantBits();
            l = uuid.getLeastSignificantBits();
        } catch (IllegalArgumentException notAUuid) {
            byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
            h = fnv1a(bytes, 0xcbf29ce484222325L) ^ 0x5555_5555_5555_5555L;
            l = fnv1a(bytes, 0x84222325cbf29ce4L) * 31 + id.hashCode();
        }
        if ((size + 1) * 2 > used.length) {
            grow();
        }
        return insert(h, l);
    }

    int size() {
        return size;
    }

    private boolean insert(long h, long l) {
        int mask = used.length - 1;
        int slot = (int) (mix(h ^ l) & mask);
        while (used[slot]) {
            if (high[slot] == h && low[slot] == l) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        high[slot] = h;
        low[slot] = l;
        size++;
        return true;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        boolean[] oldUsed = used;
        high = new long[oldUsed.length * 2];
        low = new long[oldUsed.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                insert(oldHigh[i], oldLow[i]);
            }
        }
    }

    private static long fnv1a(byte[] bytes, long seed) {
        long hash = seed;
        for (byte b : bytes) {
            hash ^= b;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}
