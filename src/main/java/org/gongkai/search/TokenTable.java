package org.gongkai.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The postings of every token, built in one pass over the documents in ascending order and kept
 * compact: a token is a number (Han characters and pairs are looked up by their char values, so
 * no string is made for them), and its documents are gaps written as variable-length bytes
 * (a dense list costs about a byte a document). A second list holds the documents that have the
 * token in their title.
 *
 * <p>A document's tokens are added title first; a token already added for the document is
 * skipped, so each list holds a document once.
 */
final class TokenTable implements Tokenizer.Sink {

    // Han tokens: a character by its value (-1: none yet); a pair a,b as (a << 16 | b), open
    // addressing, 0 is empty.
    private final int[] unigrams = new int[1 << 16];
    private int[] hanKeys = new int[1 << 14];
    private int[] hanTokens = new int[1 << 14];
    private int hanSize;
    // Other tokens (words, numbers, codes, #type:, #level:): numbered strings, and their tokens.
    private StringTable words = new StringTable(1 << 12);
    private int[] wordTokens = new int[1 << 12];
    private int wordCount;

    private int size;
    /** Per token: its Han key (0 for a word token) or its word. */
    private int[] han = new int[1024];
    private String[] word = new String[1024];
    private final IdList all = new IdList();
    private final IdList titles = new IdList();

    private int doc = -1;
    private boolean inTitle;

    /** The number of tokens. */
    int size() {
        return size;
    }

    /** Starts document {@code id} (ascending), its title first. */
    void document(int id) {
        doc = id;
        inTitle = true;
    }

    /** The title is done; what follows is body text. */
    void body() {
        inTitle = false;
    }

    @Override
    public void han(char c) {
        add(unigram(c));
    }

    @Override
    public void han(char a, char b) {
        add(hanToken(a << 16 | b));
    }

    @Override
    public void word(String w) {
        add(wordToken(w));
    }

    private void add(int t) {
        if (all.append(t, doc) && inTitle) {
            titles.append(t, doc);
        }
    }

    /**
     * Adds the postings of {@code other}, whose documents all follow this table's, token by token.
     */
    void append(TokenTable other) {
        for (int u = 0; u < other.size; u++) {
            int key = other.han[u];
            int t = key == 0 ? wordToken(other.word[u]) : key >>> 16 == 0 ? unigram((char) key) : hanToken(key);
            all.append(t, other.all, u);
            titles.append(t, other.titles, u);
            other.release(u);
        }
    }

    /**
     * A department's postings, its documents numbered from 0, in a compact form that lasts: per
     * token its Han key ({@link #han}) or, for 0, the next of {@code words}, and its two lists, one
     * after the other in {@code all} and {@code titles} (each list ends at its {@code ends}).
     * Added to a site's table at the department's place by {@link #append(Frozen, int)}.
     */
    record Frozen(int[] keys, String[] words, byte[] all, int[] allEnds, byte[] titles, int[] titleEnds) {
    }

    /** The table as a {@link Frozen}: documents numbered from 0 are a department's postings. */
    Frozen freeze() {
        int[] keys = Arrays.copyOf(han, size);
        String[] ws = new String[wordCount];
        for (int t = 0, w = 0; t < size; t++) {
            if (han[t] == 0) {
                ws[w++] = word[t];
            }
        }
        int[] allEnds = new int[size];
        int[] titleEnds = new int[size];
        return new Frozen(keys, ws, all.join(size, allEnds), allEnds, titles.join(size, titleEnds), titleEnds);
    }

    /**
     * The tokens whose documents differ between two departments' postings {@code a} and {@code b}
     * (in either list, or in only one of them).
     */
    static java.util.Set<String> changedTokens(Frozen a, Frozen b) {
        Map<String, Integer> inA = new HashMap<>();
        for (int u = 0, w = 0; u < a.keys().length; u++) {
            inA.put(a.keys()[u] == 0 ? a.words()[w++] : hanText(a.keys()[u]), u);
        }
        java.util.Set<String> changed = new java.util.HashSet<>();
        for (int u = 0, w = 0; u < b.keys().length; u++) {
            String text = b.keys()[u] == 0 ? b.words()[w++] : hanText(b.keys()[u]);
            Integer v = inA.remove(text);
            if (v == null || !sameSlice(a.all(), a.allEnds(), v, b.all(), b.allEnds(), u)
                    || !sameSlice(a.titles(), a.titleEnds(), v, b.titles(), b.titleEnds(), u)) {
                changed.add(text);
            }
        }
        changed.addAll(inA.keySet());
        return changed;
    }

    private static boolean sameSlice(byte[] a, int[] aEnds, int u, byte[] b, int[] bEnds, int v) {
        return Arrays.equals(a, start(aEnds, u), aEnds[u], b, start(bEnds, v), bEnds[v]);
    }

    /** Where list {@code u} of a {@link Frozen} starts, given where each ends. */
    private static int start(int[] ends, int u) {
        return u == 0 ? 0 : ends[u - 1];
    }

    /** Adds the postings {@code f}, numbered from {@code offset}, whose documents all follow this table's. */
    void append(Frozen f, int offset) {
        int w = 0;
        for (int u = 0; u < f.keys().length; u++) {
            int key = f.keys()[u];
            int t = key == 0 ? wordToken(f.words()[w++]) : key >>> 16 == 0 ? unigram((char) key) : hanToken(key);
            all.append(t, f.all(), start(f.allEnds(), u), f.allEnds()[u], offset);
            titles.append(t, f.titles(), start(f.titleEnds(), u), f.titleEnds()[u], offset);
        }
    }

    /** Empties the table for another department's documents; its arrays stay, so one table serves many. */
    void clear() {
        for (int t = 0; t < size; t++) {
            int key = han[t];
            if (key != 0 && key >>> 16 == 0) {
                unigrams[key] = 0;
            }
            word[t] = null;
        }
        Arrays.fill(hanKeys, 0);
        hanSize = 0;
        if (wordCount > 0) {
            words = new StringTable(1 << 12);
            wordCount = 0;
        }
        all.clear(size);
        titles.clear(size);
        size = 0;
        doc = -1;
        inTitle = false;
    }

    /** Lets go of token {@code t}'s lists (once they are written). */
    void release(int t) {
        all.release(t);
        titles.release(t);
    }

    /** The token's text. */
    String text(int t) {
        return han[t] == 0 ? word[t] : hanText(han[t]);
    }

    /** The text of a Han key: one character, or a pair {@code a << 16 | b}. */
    private static String hanText(int key) {
        return key >>> 16 == 0 ? String.valueOf((char) key) : new String(new char[] {(char) (key >>> 16), (char) key});
    }

    /** How many documents have token {@code t}. */
    int count(int t) {
        return all.count(t);
    }

    /** The size of token {@code t}'s list in the table, in bytes. */
    int bytes(int t) {
        return all.length(t) + titles.length(t);
    }

    /** The documents of token {@code t}, ascending. */
    int[] all(int t) {
        return all.ids(t, Integer.MAX_VALUE);
    }

    /** The first {@code limit} documents of token {@code t}. */
    int[] all(int t, int limit) {
        return all.ids(t, limit);
    }

    /** The documents that have token {@code t} in their title, ascending. */
    int[] titles(int t) {
        return titles.ids(t, Integer.MAX_VALUE);
    }

    /** The first {@code limit} documents that have token {@code t} in their title. */
    int[] titles(int t, int limit) {
        return titles.ids(t, limit);
    }

    private int unigram(char c) {
        int t = unigrams[c];
        if (t == 0) {
            t = unigrams[c] = hanToken(c) + 1;
        }
        return t - 1;
    }

    private int hanToken(int key) {
        int mask = hanKeys.length - 1;
        int i = mix(key) & mask;
        while (hanKeys[i] != 0) {
            if (hanKeys[i] == key) {
                return hanTokens[i];
            }
            i = (i + 1) & mask;
        }
        int t = newToken(key, null);
        hanKeys[i] = key;
        hanTokens[i] = t;
        if (++hanSize * 2 > hanKeys.length) {
            growHan();
        }
        return t;
    }

    private void growHan() {
        int[] oldKeys = hanKeys;
        int[] oldTokens = hanTokens;
        hanKeys = new int[oldKeys.length * 2];
        hanTokens = new int[oldKeys.length * 2];
        int mask = hanKeys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != 0) {
                int j = mix(oldKeys[k]) & mask;
                while (hanKeys[j] != 0) {
                    j = (j + 1) & mask;
                }
                hanKeys[j] = oldKeys[k];
                hanTokens[j] = oldTokens[k];
            }
        }
    }

    private int wordToken(String w) {
        int n = words.add(w);
        if (n == wordTokens.length) {
            wordTokens = Arrays.copyOf(wordTokens, n * 2);
        }
        if (n == wordCount) {   // new
            wordTokens[n] = newToken(0, w);
            wordCount++;
        }
        return wordTokens[n];
    }

    private int newToken(int key, String w) {
        if (size == han.length) {
            han = Arrays.copyOf(han, size * 2);
            word = Arrays.copyOf(word, size * 2);
        }
        han[size] = key;
        word[size] = w;
        all.ensure(size + 1);
        titles.ensure(size + 1);
        return size++;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * One ascending list of document numbers per token, as gaps in variable-length bytes (seven
     * bits a byte, the high bit set on all but the last byte of a gap).
     */
    static final class IdList {
        private static final byte[] EMPTY = new byte[0];
        private byte[][] bytes = new byte[0][];
        private int[] length = new int[0];
        private int[] count = new int[0];
        private int[] last = new int[0];

        void ensure(int tokens) {
            if (tokens > bytes.length) {
                int n = Math.max(1024, bytes.length * 2);
                int old = bytes.length;
                bytes = Arrays.copyOf(bytes, n);
                length = Arrays.copyOf(length, n);
                count = Arrays.copyOf(count, n);
                last = Arrays.copyOf(last, n);
                Arrays.fill(bytes, old, n, EMPTY);
                Arrays.fill(last, old, n, -1);
            }
        }

        /** Adds document {@code id} to token {@code t}'s list, unless it is already the last one. */
        boolean append(int t, int id) {
            int prev = last[t];
            if (prev == id) {
                return false;
            }
            int gap = id - prev - 1;
            byte[] b = bytes[t];
            int at = length[t];
            if (at + 5 > b.length) {
                b = bytes[t] = Arrays.copyOf(b, Math.max(8, b.length * 2));
            }
            while (gap >= 0x80) {
                b[at++] = (byte) (gap | 0x80);
                gap >>>= 7;
            }
            b[at++] = (byte) gap;
            length[t] = at;
            last[t] = id;
            count[t]++;
            return true;
        }

        /** Appends list {@code u} of {@code other}, whose first document follows this list's last. */
        void append(int t, IdList other, int u) {
            int n = other.count[u];
            if (n == 0) {
                return;
            }
            byte[] b = other.bytes[u];
            long next = gap(b, 0);
            int at = (int) next;
            append(t, (int) (next >>> 32));   // the other list's first gap counts from -1
            int rest = other.length[u] - at;
            if (length[t] + rest > bytes[t].length) {
                bytes[t] = Arrays.copyOf(bytes[t], length[t] + rest);
            }
            System.arraycopy(b, at, bytes[t], length[t], rest);
            length[t] += rest;
            count[t] += n - 1;
            last[t] = other.last[u];
        }

        /**
         * Appends the list that is {@code b[from, to)}, its documents moved by {@code offset}, the
         * first of them after this list's last.
         */
        void append(int t, byte[] b, int from, int to, int offset) {
            if (from == to) {
                return;
            }
            int at = from;
            int prev = -1;
            int n = 0;
            int rest = 0;
            int first = 0;
            while (at < to) {
                long next = gap(b, at);
                at = (int) next;
                prev += (int) (next >>> 32) + 1;
                if (n++ == 0) {
                    first = prev;
                    rest = at;
                }
            }
            append(t, first + offset);
            int length = to - rest;
            if (this.length[t] + length > bytes[t].length) {
                bytes[t] = Arrays.copyOf(bytes[t], Math.max(this.length[t] + length, bytes[t].length * 2));
            }
            System.arraycopy(b, rest, bytes[t], this.length[t], length);
            this.length[t] += length;
            count[t] += n - 1;
            last[t] = prev + offset;
        }

        /** Lists 0 to {@code n - 1}, one after the other; {@code ends} is given where each ends. */
        byte[] join(int n, int[] ends) {
            int total = 0;
            for (int t = 0; t < n; t++) {
                total += length[t];
                ends[t] = total;
            }
            byte[] joined = new byte[total];
            for (int t = 0, at = 0; t < n; at += length[t], t++) {
                System.arraycopy(bytes[t], 0, joined, at, length[t]);
            }
            return joined;
        }

        /** Empties lists 0 to {@code n - 1}, keeping their arrays for the next. */
        void clear(int n) {
            for (int t = 0; t < n; t++) {
                length[t] = 0;
                count[t] = 0;
                last[t] = -1;
            }
        }

        void release(int t) {
            bytes[t] = EMPTY;
        }

        int count(int t) {
            return count[t];
        }

        int length(int t) {
            return length[t];
        }

        int[] ids(int t, int limit) {
            int[] ids = new int[Math.min(limit, count[t])];
            byte[] b = bytes[t];
            int at = 0;
            int prev = -1;
            for (int k = 0; k < ids.length; k++) {
                long next = gap(b, at);
                at = (int) next;
                prev += (int) (next >>> 32) + 1;
                ids[k] = prev;
            }
            return ids;
        }

        /** The gap that starts at {@code b[at]}, in the high half, and where the next starts, in the low. */
        private static long gap(byte[] b, int at) {
            int gap = 0;
            int shift = 0;
            int x;
            do {
                x = b[at++];
                gap |= (x & 0x7f) << shift;
                shift += 7;
            } while ((x & 0x80) != 0);
            return (long) gap << 32 | at;
        }
    }
}
