package org.gongkai.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Character-level difference of two texts (Chinese has no spaces, so words are no unit; numbers
 * and Latin words count as one unit each), by Myers' O(ND) algorithm, then tidied the way diff-match-patch's semantic cleanup does: a
 * character or two left in common inside a rewritten phrase is shown as part of the rewrite, not
 * as a shred of unchanged text between two edits.
 */
public final class TextDiff {

    public enum Op { EQUAL, DELETE, INSERT }

    public record Segment(Op op, String text) {
    }

    /** Beyond this many edits a rewrite is shown whole, deleted then inserted: keeps the trace small. */
    private static final int MAX_EDITS = 1000;

    private TextDiff() {
    }

    public static List<Segment> diff(String before, String after) {
        String ta = before == null ? "" : before;
        String tb = after == null ? "" : after;
        int[] a = bounds(ta);
        int[] b = bounds(tb);
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        int[] x = ids(ta, a, words);
        int[] y = ids(tb, b, words);
        int prefix = 0;
        int max = Math.min(x.length, y.length);
        while (prefix < max && x[prefix] == y[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && x[x.length - 1 - suffix] == y[y.length - 1 - suffix]) {
            suffix++;
        }
        List<Segment> out = new ArrayList<>();
        add(out, Op.EQUAL, ta.substring(0, a[prefix]));
        int[] ma = java.util.Arrays.copyOfRange(x, prefix, x.length - suffix);
        int[] mb = java.util.Arrays.copyOfRange(y, prefix, y.length - suffix);
        if (!similar(ma, mb) || !myers(ta, a, prefix, ma, tb, b, prefix, mb, out)) {
            add(out, Op.DELETE, ta.substring(a[prefix], a[x.length - suffix]));
            add(out, Op.INSERT, tb.substring(b[prefix], b[y.length - suffix]));
        }
        add(out, Op.EQUAL, ta.substring(a[x.length - suffix]));
        return cleanup(out);
    }

    /**
     * The units compared: a number (digits with its decimal point) or a Latin word is one unit,
     * so 95 → 85 reads as a changed number, not a changed digit; every other character is its own.
     */
    static List<String> tokens(String text) {
        int[] bounds = bounds(text);
        List<String> tokens = new ArrayList<>(bounds.length - 1);
        for (int i = 0; i + 1 < bounds.length; i++) {
            tokens.add(text.substring(bounds[i], bounds[i + 1]));
        }
        return tokens;
    }

    /** Where each unit of {@link #tokens} starts, and the text's length last: unit i is [b[i], b[i + 1]). */
    private static int[] bounds(String text) {
        int[] bounds = new int[text.length() + 1];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            bounds[n++] = i;
            char c = text.charAt(i);
            if (isDigit(c)) {
                while (i < text.length() && (isDigit(text.charAt(i))
                        || text.charAt(i) == '.' && i + 1 < text.length() && isDigit(text.charAt(i + 1)))) {
                    i++;
                }
            } else if (isLatin(c)) {
                while (i < text.length() && isLatin(text.charAt(i))) {
                    i++;
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        bounds[n++] = text.length();
        return java.util.Arrays.copyOf(bounds, n);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * A number per unit, the same for the same unit: a single character is its code point, with
     * no string made for it (most units of Chinese text); a number or word is numbered from
     * {@code words}, below zero.
     */
    private static int[] ids(String text, int[] bounds, java.util.Map<String, Integer> words) {
        int[] out = new int[bounds.length - 1];
        for (int i = 0; i < out.length; i++) {
            int from = bounds[i];
            int to = bounds[i + 1];
            int cp = text.codePointAt(from);
            if (Character.charCount(cp) == to - from) {
                out[i] = cp;
            } else {
                out[i] = words.computeIfAbsent(text.substring(from, to), k -> -1 - words.size());
            }
        }
        return out;
    }

    /**
     * True when at least a third of the shorter side's units also occur in the other. A text
     * rewritten from scratch is clearer shown whole, and skipping it spares Myers its worst case.
     */
    private static boolean similar(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return true;
        }
        int[] sa = a.clone();
        int[] sb = b.clone();
        java.util.Arrays.sort(sa);
        java.util.Arrays.sort(sb);
        int common = 0;
        for (int i = 0, j = 0; i < sa.length && j < sb.length;) {
            if (sa[i] == sb[j]) {
                common++;
                i++;
                j++;
            } else if (sa[i] < sb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common * 3 >= Math.min(a.length, b.length);
    }

    /** True when the texts differ. */
    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.op() != Op.EQUAL);
    }

    /**
     * Appends the edit script of a → b, the units {@code a} of text {@code ta} from unit
     * {@code offA} on ({@code boundsA}), and the same of b; false when it would take more than
     * {@link #MAX_EDITS}. Each run of units with the same edit becomes one piece of its text.
     */
    private static boolean myers(String ta, int[] boundsA, int offA, int[] a, String tb, int[] boundsB, int offB,
            int[] b, List<Segment> out) {
        int n = a.length;
        int m = b.length;
        List<int[]> trace = trace(a, b);
        if (trace == null) {
            return false;
        }
        int d = trace.size() - 1;
        // Walk the trace back from the end: the edit of each unit, last first, as op and unit index.
        int[] ops = new int[n + m];
        int[] units = new int[n + m];
        int count = 0;
        int x = n;
        int y = m;
        for (int step = d; step > 0; step--) {
            int[] pv = trace.get(step);
            int base = step + 1; // pv[base + k] is v[offset + k] as it was before step
            int k = x - y;
            int prevK = (k == -step || (k != step && pv[base + k - 1] < pv[base + k + 1])) ? k + 1 : k - 1;
            int prevX = pv[base + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                ops[count] = EQUAL;
                units[count++] = --x;
                y--;
            }
            if (x == prevX) {
                ops[count] = INSERT;
                units[count++] = --y;
            } else {
                ops[count] = DELETE;
                units[count++] = --x;
            }
        }
        while (x > 0 && y > 0) {
            ops[count] = EQUAL;
            units[count++] = --x;
            y--;
        }
        // Forward, a run of one op at a time: its units are consecutive in their text.
        for (int i = count - 1; i >= 0;) {
            int op = ops[i];
            int first = units[i];
            int last = first;
            while (i >= 0 && ops[i] == op) {
                last = units[i--];
            }
            if (op == INSERT) {
                add(out, Op.INSERT, tb.substring(boundsB[offB + first], boundsB[offB + last + 1]));
            } else {
                add(out, op == EQUAL ? Op.EQUAL : Op.DELETE, ta.substring(boundsA[offA + first], boundsA[offA + last + 1]));
            }
        }
        return true;
    }

    /**
     * Myers' forward search from a to b: the diagonals' furthest points before each step, trace.get(d)
     * holding v[offset - d - 1 .. offset + d + 1] as step d read them; null beyond {@link #MAX_EDITS}
     * steps. Its size less one is the number of edits.
     */
    static List<int[]> trace(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        int offset = n + m + 1;
        int[] v = new int[2 * offset + 1];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= n + m; d++) {
            if (d > MAX_EDITS) {
                return null;
            }
            int[] window = new int[2 * d + 3];
            System.arraycopy(v, offset - d - 1, window, 0, window.length);
            trace.add(window);
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return trace;
                }
            }
        }
        return trace;
    }

    private static final int EQUAL = 0;
    private static final int DELETE = 1;
    private static final int INSERT = 2;

    /** Appends, merging with the last segment when it has the same op. */
    static void add(List<Segment> out, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(op, last.text() + text));
        } else {
            out.add(new Segment(op, text));
        }
    }

    /**
     * Normalizes runs of edits to one deletion then one insertion, and folds into them every
     * short equality that is smaller than the edits on both its sides.
     */
    static List<Segment> cleanup(List<Segment> segments) {
        List<Segment> current = runs(segments);
        boolean changed = true;
        while (changed) {
            changed = false;
            List<Segment> next = new ArrayList<>();
            for (int i = 0; i < current.size(); i++) {
                Segment s = current.get(i);
                if (s.op() == Op.EQUAL && i > 0 && i < current.size() - 1) {
                    int left = editLength(current, i - 1, -1);
                    int right = editLength(current, i + 1, 1);
                    int len = s.text().codePointCount(0, s.text().length());
                    if (len <= 2 && len < left && len < right) {
                        next.add(new Segment(Op.DELETE, s.text()));
                        next.add(new Segment(Op.INSERT, s.text()));
                        changed = true;
                        continue;
                    }
                }
                next.add(s);
            }
            current = runs(next);
        }
        return current;
    }

    private static int editLength(List<Segment> list, int from, int step) {
        int length = 0;
        for (int i = from; i >= 0 && i < list.size() && list.get(i).op() != Op.EQUAL; i += step) {
            length = Math.max(length, list.get(i).text().codePointCount(0, list.get(i).text().length()));
        }
        return length;
    }

    /** Merges each run of deletions and insertions into one deletion followed by one insertion. */
    private static List<Segment> runs(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (Segment s : segments) {
            switch (s.op()) {
                case DELETE -> deleted.append(s.text());
                case INSERT -> inserted.append(s.text());
                default -> {
                    flush(out, deleted, inserted);
                    add(out, Op.EQUAL, s.text());
                }
            }
        }
        flush(out, deleted, inserted);
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder deleted, StringBuilder inserted) {
        add(out, Op.DELETE, deleted.toString());
        add(out, Op.INSERT, inserted.toString());
        deleted.setLength(0);
        inserted.setLength(0);
    }
}
