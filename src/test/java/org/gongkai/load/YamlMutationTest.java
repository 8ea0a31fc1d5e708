package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing, made deterministic: mutants of every real and fixture content file, each read
 * with LF and with CRLF line ends, by the fast reader and by the full parser. The fast reader must
 * build exactly the full parser's nodes (values, types, line and column of every node) or decline;
 * it must never accept what the full parser refuses; and a file loads the same with either line
 * end, problems included. The seed is fixed, so a failure names a mutant that can be replayed.
 */
class YamlMutationTest {

    private static final long SEED = 12_2026L;
    private static final int MUTANTS = 10_000;

    record Mutant(int number, String source, List<String> edits, String text) {
        String describe() {
            return "mutant " + number + " of " + source + " by " + edits + ": \"" + escape(text) + "\"";
        }
    }

    /** What a read gave: the document, or null and the problems reported. */
    record Outcome(Node node, List<String> problems) {

        /** Same nodes in the same order (values, types, places), same problems. */
        boolean agrees(Outcome other) {
            return problems.equals(other.problems) && (node == null ? other.node == null
                    : other.node != null && same(node, other.node));
        }

        @Override
        public String toString() {
            return node == null ? problems.toString() : nodes(node).toString();
        }
    }

    private static List<Mutant> mutants;
    private static final AtomicInteger fastTaken = new AtomicInteger();
    private static final AtomicInteger refused = new AtomicInteger();

    @BeforeAll
    static void makeMutants() {
        Map<String, String> sources = sources();
        List<String> names = new ArrayList<>(sources.keySet());
        Random random = new Random(SEED);
        mutants = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            String name = names.get(i % names.size());
            String text = sources.get(name);
            List<String> edits = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                YamlMutator.Operator op = YamlMutator.OPERATORS.get(random.nextInt(YamlMutator.OPERATORS.size()));
                edits.add(op.name());
                text = op.edit().apply(text, random);
            }
            mutants.add(new Mutant(i, name, edits, text));
        }
    }

    /** Content files of the repository and of the test fixtures, LF line ends, in path order. */
    static Map<String, String> sources() {
        Map<String, String> texts = new java.util.TreeMap<>();
        for (Path dir : List.of(Sites.REPO.resolve("content"), Sites.REPO.resolve("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    String text = Files.readString(p).replace("\r\n", "\n");
                    texts.put(Sites.REPO.relativize(p).toString(), text.startsWith("\ufeff") ? text.substring(1) : text);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(texts.size() >= 50, "content and fixture files: " + texts.size());
        return texts;
    }

    @Test
    void fastReaderAndFullParserAgreeOnEveryMutantWithLfAndCrlf() {
        List<String> disagreements = mutants.parallelStream().map(YamlMutationTest::disagreement)
                .filter(Objects::nonNull).toList();
        assertEquals(List.of(), disagreements.stream().limit(Integer.getInteger("yamlMutants.show", 10)).toList(),
                disagreements.size() + " of " + mutants.size() + " mutants disagree");
        // The comparison means something only if both paths were exercised.
        assertTrue(fastTaken.get() > mutants.size() / 8, "mutants the fast reader took: " + fastTaken);
        assertTrue(fastTaken.get() < mutants.size() - refused.get(), "the fast reader should decline some valid mutants");
        assertTrue(refused.get() > mutants.size() / 4, "mutants the full parser refused: " + refused);
    }

    /**
     * Null when the mutant reads the same every way; otherwise what differs. The loader reads a
     * text with the fast reader when it accepts it and with the full parser otherwise (FastYamlTest
     * checks that it does), so each text needs one full parse, and a CRLF text the fast reader
     * takes needs none: its reference is the LF text's.
     */
    static String disagreement(Mutant m) {
        String lf = m.text();
        String crlf = lf.replace("\n", "\r\n");
        try {
            Node fastLf = FastYaml.parse("f.yaml", lf);
            Node fastCrlf = FastYaml.parse("f.yaml", crlf);
            Outcome fullLf = full(lf);
            Outcome loadedLf = fastLf == null ? fullLf : new Outcome(fastLf, List.of());
            Outcome loadedCrlf = fastCrlf == null ? full(crlf) : new Outcome(fastCrlf, List.of());
            if (fastLf != null) {
                fastTaken.incrementAndGet();
            }
            if (!fullLf.problems().isEmpty()) {
                refused.incrementAndGet();
            }
            if (!loadedLf.agrees(fullLf)) {
                return "LF: fast " + loadedLf + " but full " + fullLf + " — " + m.describe();
            }
            if (!loadedCrlf.agrees(loadedLf)) {
                return "CRLF " + (fastCrlf == null ? "full " : "fast ") + loadedCrlf + " but LF " + loadedLf
                        + " — " + m.describe();
            }
            return null;
        } catch (RuntimeException e) {
            return "the fast reader threw " + e + " — " + m.describe();
        }
    }

    static Outcome full(String text) {
        Problems problems = new Problems();
        Node node = YamlParser.parseFully("f.yaml", text, problems);
        return new Outcome(node, messages(problems));
    }

    static Outcome loaded(String text) {
        Problems problems = new Problems();
        Node node = YamlParser.parse("f.yaml", text, problems);
        return new Outcome(node, messages(problems));
    }

    /** Node equality with keys in order (records compare maps without it). */
    static boolean same(Node a, Node b) {
        if (!a.origin().equals(b.origin())) {
            return false;
        }
        if (a instanceof Node.MapNode x && b instanceof Node.MapNode y) {
            if (!List.copyOf(x.entries().keySet()).equals(List.copyOf(y.entries().keySet()))) {
                return false;
            }
            for (Node.Entry e : x.entries().values()) {
                Node.Entry f = y.entries().get(e.key());
                if (!e.keyOrigin().equals(f.keyOrigin()) || !same(e.value(), f.value())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Node.ListNode x && b instanceof Node.ListNode y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!same(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a instanceof Node.Scalar && a.equals(b);
    }

    private static List<String> messages(Problems problems) {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    /** Every node as "path kind text @line:column", keys in file order. */
    static List<String> nodes(Node node) {
        List<String> out = new ArrayList<>();
        walk("", node, out);
        return out;
    }

    private static void walk(String path, Node node, List<String> out) {
        String at = " @" + node.origin().line() + ":" + node.origin().column();
        if (node instanceof Node.MapNode map) {
            out.add(path + " map" + at);
            for (Node.Entry e : map.entries().values()) {
                out.add(path + "/" + escape(e.key()) + " key @" + e.keyOrigin().line() + ":" + e.keyOrigin().column());
                walk(path + "/" + escape(e.key()), e.value(), out);
            }
        } else if (node instanceof Node.ListNode list) {
            out.add(path + " list" + at);
            for (int i = 0; i < list.items().size(); i++) {
                walk(path + "/" + i, list.items().get(i), out);
            }
        } else if (node instanceof Node.Scalar s) {
            out.add(path + " " + s.kind() + " \"" + escape(s.text()) + "\"" + at);
        }
    }

    /** Text with invisible and line-breaking characters spelled out, for messages. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f && c <= 0xa0 || c == 0x2028 || c == 0x2029 || c == 0xfeff
                    || Character.isSpaceChar(c) && c != ' ' || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
