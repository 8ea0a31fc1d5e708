package org.gongkai.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns text into search tokens. Chinese has no spaces, so a run of Han characters gives every
 * character and every overlapping pair (科技馆 → 科 技 馆 科技 技馆); Latin words and numbers
 * (decimals kept: 0.85) are tokens of their own, lower-cased; codes that mix letters and digits
 * are also indexed by every prefix of ten characters or more (13028123P0…), so a partial code finds its
 * project. Full-width letters and digits read as their ASCII forms.
 *
 * <p>The rules live in one scanner that hands each token to a {@link Sink}: the index takes Han
 * tokens as characters (no string made for each of the millions of pairs), the sets below as
 * strings. assets/search.js holds the same rules for the query; a browser test proves the two agree.
 */
public final class Tokenizer {

    /** Codes are indexed by prefixes from this length on. */
    static final int PREFIX_FROM = 10;

    /** Receives the tokens of a text, in order (a run's single characters before its pairs). */
    interface Sink {
        void han(char c);

        void han(char a, char b);

        void word(String word);
    }

    private Tokenizer() {
    }

    /** Tokens for the index: unigrams and bigrams of Han runs, words, numbers, code prefixes. */
    public static Set<String> index(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        scan(text, new Strings(tokens), true, true);
        return tokens;
    }

    /**
     * Adds the index tokens of body text to {@code tokens}: as {@link #index} but without single
     * Han characters, which are kept for names only. A one-character query finds what is named
     * with it; indexing every character of every description would double the index.
     */
    static void scanBody(String text, Set<String> tokens) {
        scan(text, new Strings(tokens), false, true);
    }

    /** Tokens of a query: bigrams of Han runs (a single character alone), words and numbers, in order. */
    public static List<String> query(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        scan(text, new Strings(tokens), false, false);
        return new ArrayList<>(tokens);
    }

    /** Index tokens of a name ({@code unigrams}) or of body text, to {@code sink}. */
    static void index(String text, Sink sink, boolean unigrams) {
        scan(text, sink, unigrams, true);
    }

    static boolean isHan(char c) {
        return (c >= '\u3400' && c <= '\u9fff') || (c >= '\uf900' && c <= '\ufaff');
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || isDigit(c);
    }

    /** 0–9 only: Character.isDigit also takes other scripts' digits, which search.js does not. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Full-width ASCII as ASCII, A–Z as a–z, and the two letters outside ASCII whose lower case is
     * an ASCII letter: İ (U+0130) as i and the Kelvin sign (U+212A) as k. Spelled out, not left to
     * {@code Character.toLowerCase} or JavaScript's {@code toLowerCase}, which differ on İ (Java
     * gives i, JavaScript i and U+0307); search.js folds with the same table.
     */
    static char fold(char c) {
        if (c >= '\uff01' && c <= '\uff5e') {
            c = (char) (c - 0xfee0);
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return c == '\u0130' ? 'i' : c == '\u212a' ? 'k' : c;
    }

    /**
     * Every single character of a Han run when {@code unigrams} (otherwise only a run of one),
     * every pair; words and decimals, and with {@code prefixes} the prefixes of codes.
     */
    private static void scan(String string, Sink sink, boolean unigrams, boolean prefixes) {
        // An array, not charAt: the C1 compiler the launchers use checks each charAt's index in a call.
        char[] text = string.toCharArray();
        int n = text.length;
        int i = 0;
        StringBuilder word = null;
        while (i < n) {
            char c = fold(text[i]);
            if (isHan(c)) {
                int start = i;
                while (i < n && isHan(text[i])) {
                    i++;
                }
                if (i - start == 1 || unigrams) {
                    for (int k = start; k < i; k++) {
                        sink.han(text[k]);
                    }
                }
                for (int k = start; k + 1 < i; k++) {
                    sink.han(text[k], text[k + 1]);
                }
            } else if (isWordChar(c)) {
                if (word == null) {
                    word = new StringBuilder();
                }
                word.setLength(0);
                boolean letters = false;
                boolean digits = false;
                while (i < n) {
                    char d = fold(text[i]);
                    boolean decimalPoint = d == '.' && word.length() > 0 && isDigit(word.charAt(word.length() - 1))
                            && i + 1 < n && isDigit(fold(text[i + 1]));
                    if (!isWordChar(d) && !decimalPoint) {
                        break;
                    }
                    letters |= d >= 'a' && d <= 'z';
                    digits |= d >= '0' && d <= '9';
                    word.append(d);
                    i++;
                }
                sink.word(word.toString());
                if (prefixes && letters && digits) {
                    for (int k = PREFIX_FROM; k < word.length(); k++) {
                        sink.word(word.substring(0, k));
                    }
                }
            } else {
                i++;
            }
        }
    }

    /** Tokens as strings, into a set (which keeps the first of each). */
    private record Strings(Set<String> tokens) implements Sink {
        @Override
        public void han(char c) {
            tokens.add(String.valueOf(c));
        }

        @Override
        public void han(char a, char b) {
            tokens.add(new String(new char[] {a, b}));
        }

        @Override
        public void word(String word) {
            tokens.add(word);
        }
    }
}
