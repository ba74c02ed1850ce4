package org.ponte.reporting.readmodel;

import java.util.Arrays;
import java.util.function.LongBinaryOperator;

/** An int-to-long map by open addressing, for the person number to packed value of each month's demographics. */
public final class IntLongMap {

    private static final int FREE = -1;

    private int[] keys = new int[8];
    private long[] values = new long[8];
    private int size;

    public IntLongMap() {
        Arrays.fill(keys, FREE);
    }

    /** Puts {@code value}, or the merge of the value there and {@code value}. */
    public void merge(int key, long value, LongBinaryOperator merge) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slot(key);
        if (keys[slot] == key) {
            values[slot] = merge.applyAsLong(values[slot], value);
        } else {
            keys[slot] = key;
            values[slot] = value;
            size++;
        }
    }

    /** Calls {@code visit} with every key and its value. */
    public void forEach(IntLongConsumer visit) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                visit.accept(keys[i], values[i]);
            }
        }
    }

    public int size() {
        return size;
    }

    @FunctionalInterface
    public interface IntLongConsumer {
        void accept(int key, long value);
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int slot = (key * 0x9E3779B9) >>> 7 & mask;
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                size++;
            }
        }
    }
}
