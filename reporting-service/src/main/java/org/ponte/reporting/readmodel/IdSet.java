package org.ponte.reporting.readmodel;

import java.util.UUID;

/**
 * The ids of the things already counted (attendances, mentoring sessions), so that a repeated event counts once. An
 * id is kept as 128 bits ({@link Id128}): 16 bytes a slot in two long arrays instead of a String and a HashMap entry
 * (about 120), which is what lets a national history fit in the service's memory.
 */
final class IdSet {

    private final Id128Table table = new Id128Table();

    /** Adds the id; false if it was there already. */
    boolean add(String id) {
        return table.put(Id128.of(id), 0) < 0;
    }

    int size() {
        return table.size();
    }

    /** An id as two longs: a UUID exactly, any other id as two independent 64-bit hashes (FNV-1a, differently seeded). */
    record Id128(long high, long low) {

        static Id128 of(String id) {
            if (id.length() == 36 && id.charAt(8) == '-') {
                try {
                    UUID uuid = UUID.fromString(id);
                    return new Id128(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
                } catch (IllegalArgumentException notAUuid) {
                    // hashed below
                }
            }
            long h = 0xcbf29ce484222325L;
            long l = 0x84222325cbf29ce4L;
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                h = (h ^ c) * 0x100000001b3L;
                l = (l ^ c) * 0x100000001b3L + 0x9E3779B97F4A7C15L;
            }
            return new Id128(h | 1L << 62, l);
        }
    }

    /**
     * 128-bit ids to int values by open addressing over three primitive arrays, at most three quarters full. The id
     * (0, 0) marks a free slot, so that id itself is kept aside.
     */
    static final class Id128Table {

        private long[] high = new long[1024];
        private long[] low = new long[1024];
        private int[] values = new int[1024];
        private int size;
        private int zeroValue = -1;

        /** Puts the value unless the id is there; returns the value it had, or -1. */
        int put(Id128 id, int value) {
            if (id.high() == 0 && id.low() == 0) {
                int had = zeroValue;
                if (had < 0) {
                    zeroValue = value;
                    size++;
                }
                return had;
            }
            if ((size + 1) * 4 > high.length * 3) {
                grow();
            }
            int slot = slot(id.high(), id.low());
            if (high[slot] != 0 || low[slot] != 0) {
                return values[slot];
            }
            high[slot] = id.high();
            low[slot] = id.low();
            values[slot] = value;
            size++;
            return -1;
        }

        int size() {
            return size;
        }

        /** The slot of the id, or the free slot where it would go. */
        private int slot(long h, long l) {
            int mask = high.length - 1;
            int slot = (int) (mix(h ^ Long.rotateLeft(l, 29)) & mask);
            while ((high[slot] != 0 || low[slot] != 0) && (high[slot] != h || low[slot] != l)) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldHigh = high;
            long[] oldLow = low;
            int[] oldValues = values;
            high = new long[oldHigh.length * 2];
            low = new long[oldHigh.length * 2];
            values = new int[oldHigh.length * 2];
            for (int i = 0; i < oldHigh.length; i++) {
                if (oldHigh[i] != 0 || oldLow[i] != 0) {
                    int slot = slot(oldHigh[i], oldLow[i]);
                    high[slot] = oldHigh[i];
                    low[slot] = oldLow[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        private static long mix(long x) {
            x ^= x >>> 33;
            x *= 0xff51afd7ed558ccdL;
            x ^= x >>> 33;
            return x;
        }
    }
}
