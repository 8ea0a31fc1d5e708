package org.gongkai.search;

import java.util.Arrays;

/**
 * Strings numbered in the order they first come: the table of strings of an index file, and
 * the words of the token table. Open addressing, with the rare growing apart from the lookup
 * (the lookup is hot and compiled early; the growing is not).
 */
final class StringTable {

    private String[] keys;
    private int[] numbers;
    private String[] strings;
    private int size;

    StringTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) * 2;
        keys = new String[capacity];
        numbers = new int[capacity];
        strings = new String[Math.max(8, expected)];
    }

    int size() {
        return size;
    }

    String get(int n) {
        return strings[n];
    }

    /** The number of {@code s}, the next one when it is new. */
    int add(String s) {
        int mask = keys.length - 1;
        int i = slot(s, mask);
        for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k.equals(s)) {
                return numbers[i];
            }
        }
        if (size == strings.length) {
            strings = Arrays.copyOf(strings, size * 2);
        }
        strings[size] = s;
        keys[i] = s;
        numbers[i] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    private static int slot(String s, int mask) {
        int h = s.hashCode() * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }

    private void grow() {
        keys = new String[keys.length * 2];
        numbers = new int[keys.length];
        int mask = keys.length - 1;
        for (int n = 0; n < size; n++) {
            int i = slot(strings[n], mask);
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = strings[n];
            numbers[i] = n;
        }
    }
}
