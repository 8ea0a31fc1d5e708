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
 * <p>assets/search.js holds the same rules for the query; a browser test proves the two agree.
 */
public final class Tokenizer {

    /** Codes are indexed by prefixes from this length on. */
    static final int PREFIX_FROM = 10;

    private Tokenizer() {
    }

    /** Tokens for the index: unigrams and bigrams of Han runs, words, numbers, code prefixes. */
    public static Set<String> index(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        scan(text, tokens, true);
        return tokens;
    }

    /**
     * Adds the index tokens of body text to {@code tokens}: as {@link #index} but without single
     * Han characters, which are kept for names only. A one-character query finds what is named
     * with it; indexing every character of every description would double the index.
     */
    static void scanBody(String text, Set<String> tokens) {
        scan(text, tokens, true, false);
    }

    /** Tokens of a query: bigrams of Han runs (a single character alone), words and numbers, in order. */
    public static List<String> query(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        scan(text, tokens, false);
        return new ArrayList<>(tokens);
    }

    static boolean isHan(char c) {
        return (c >= '\u3400' && c <= '\u9fff') || (c >= '\uf900' && c <= '\ufaff');
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Full-width ASCII as ASCII, upper case as lower case. */
    static char fold(char c) {
        if (c >= '\uff01' && c <= '\uff5e') {
            c = (char) (c - 0xfee0);
        }
        return Character.toLowerCase(c) < 128 ? Character.toLowerCase(c) : c;
    }

    private static void scan(String text, Set<String> tokens, boolean index) {
        scan(text, tokens, index, true);
    }

    private static void scan(String text, Set<String> tokens, boolean index, boolean unigrams) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = fold(text.charAt(i));
            if (isHan(c)) {
                int start = i;
                while (i < n && isHan(text.charAt(i))) {
                    i++;
                }
                han(text.substring(start, i), tokens, index && unigrams);
            } else if (isWordChar(c)) {
                StringBuilder word = new StringBuilder();
                while (i < n) {
                    char d = fold(text.charAt(i));
                    boolean decimalPoint = d == '.' && word.length() > 0 && Character.isDigit(word.charAt(word.length() - 1))
                            && i + 1 < n && Character.isDigit(fold(text.charAt(i + 1)));
                    if (!isWordChar(d) && !decimalPoint) {
                        break;
                    }
                    word.append(d);
                    i++;
                }
                word(word.toString(), tokens, index);
            } else {
                i++;
            }
        }
    }

    private static void han(String run, Set<String> tokens, boolean index) {
        if (run.length() == 1 || index) {
            for (int k = 0; k < run.length(); k++) {
                if (index || run.length() == 1) {
                    tokens.add(run.substring(k, k + 1));
                }
            }
        }
        for (int k = 0; k + 1 < run.length(); k++) {
            tokens.add(run.substring(k, k + 2));
        }
    }

    private static void word(String word, Set<String> tokens, boolean index) {
        tokens.add(word);
        boolean letters = word.chars().anyMatch(ch -> ch >= 'a' && ch <= 'z');
        boolean digits = word.chars().anyMatch(Character::isDigit);
        if (index && letters && digits) {
            for (int k = PREFIX_FROM; k < word.length(); k++) {
                tokens.add(word.substring(0, k));
            }
        }
    }
}
