package org.gongkai.diff;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.diff.TextDiff.Op;
import org.gongkai.diff.TextDiff.Segment;

/**
 * {@link TextDiff} as it was before its units became ranges of the text, with a string each: the
 * reference {@code TextDiffTest} compares it with. How the units are numbered and paired is kept
 * here; the units themselves ({@link TextDiff#tokens}), Myers' search and the segments' tidying
 * are TextDiff's own.
 */
final class ReferenceTextDiff {

    /** Beyond this many edits a rewrite is shown whole, deleted then inserted: keeps the trace small. */
    private static final int MAX_EDITS = 1000;

    private ReferenceTextDiff() {
    }

    public static List<Segment> diff(String before, String after) {
        List<String> a = TextDiff.tokens(before == null ? "" : before);
        List<String> b = TextDiff.tokens(after == null ? "" : after);
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        int[] x = ids(a, ids);
        int[] y = ids(b, ids);
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
        add(out, Op.EQUAL, String.join("", a.subList(0, prefix)));
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        int[] ma = java.util.Arrays.copyOfRange(x, prefix, x.length - suffix);
        int[] mb = java.util.Arrays.copyOfRange(y, prefix, y.length - suffix);
        if (!similar(ma, mb, ids.size()) || !myers(midA, ma, midB, mb, out)) {
            add(out, Op.DELETE, String.join("", midA));
            add(out, Op.INSERT, String.join("", midB));
        }
        add(out, Op.EQUAL, String.join("", a.subList(a.size() - suffix, a.size())));
        return TextDiff.cleanup(out);
    }

    private static int[] ids(List<String> tokens, java.util.Map<String, Integer> ids) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(tokens.get(i), k -> ids.size());
        }
        return out;
    }

    /**
     * True when at least a third of the shorter side's units also occur in the other. A text
     * rewritten from scratch is clearer shown whole, and skipping it spares Myers its worst case.
     */
    private static boolean similar(int[] a, int[] b, int distinct) {
        if (a.length == 0 || b.length == 0) {
            return true;
        }
        int[] counts = new int[distinct];
        for (int id : a) {
            counts[id]++;
        }
        int common = 0;
        for (int id : b) {
            if (counts[id] > 0) {
                counts[id]--;
                common++;
            }
        }
        return common * 3 >= Math.min(a.length, b.length);
    }

    /** Appends the edit script of a → b; false when it would take more than {@link #MAX_EDITS}. */
    private static boolean myers(List<String> ta, int[] a, List<String> tb, int[] b, List<Segment> out) {
        int n = a.length;
        int m = b.length;
        List<int[]> trace = TextDiff.trace(a, b);
        if (trace == null) {
            return false;
        }
        int d = trace.size() - 1;
        // Walk the trace back from the end, collecting segments in reverse.
        List<Segment> reversed = new ArrayList<>();
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
                reversed.add(new Segment(Op.EQUAL, ta.get(x - 1)));
                x--;
                y--;
            }
            if (x == prevX) {
                reversed.add(new Segment(Op.INSERT, tb.get(y - 1)));
                y--;
            } else {
                reversed.add(new Segment(Op.DELETE, ta.get(x - 1)));
                x--;
            }
        }
        while (x > 0 && y > 0) {
            reversed.add(new Segment(Op.EQUAL, ta.get(x - 1)));
            x--;
            y--;
        }
        for (int i = reversed.size() - 1; i >= 0; i--) {
            add(out, reversed.get(i).op(), reversed.get(i).text());
        }
        return true;
    }

    private static void add(List<Segment> out, Op op, String text) {
        TextDiff.add(out, op, text);
    }
}
