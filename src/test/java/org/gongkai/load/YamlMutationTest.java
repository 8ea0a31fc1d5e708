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

    /** What loading gave: every node in document order, or the problems reported. */
    record Outcome(List<String> nodes, List<String> problems) {
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
        assertTrue(fastTaken.get() > mutants.size() / 4, "mutants the fast reader took: " + fastTaken);
        assertTrue(refused.get() > mutants.size() / 4, "mutants the full parser refused: " + refused);
    }

    /** Null when the mutant reads the same every way; otherwise what differs. */
    static String disagreement(Mutant m) {
        String lf = m.text();
        String crlf = lf.replace("\n", "\r\n");
        Outcome loadedLf;
        Outcome loadedCrlf;
        try {
            loadedLf = checked(lf, "LF");
            loadedCrlf = checked(crlf, "CRLF");
        } catch (Disagreement e) {
            return e.getMessage() + " — " + m.describe();
        } catch (RuntimeException e) {
            return "the fast reader threw " + e + " — " + m.describe();
        }
        if (!loadedLf.problems().isEmpty()) {
            refused.incrementAndGet();
        }
        if (!loadedLf.equals(loadedCrlf)) {
            return "LF loads as " + loadedLf + " but CRLF as " + loadedCrlf + " — " + m.describe();
        }
        return null;
    }

    private static final class Disagreement extends RuntimeException {
        Disagreement(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The text as the loader reads it, after checking that a fast read, if any, is the full
     * parser's read. When the fast reader declines, the loader's read is the full parser's, so
     * each text costs one full parse.
     */
    private static Outcome checked(String text, String lineEnds) {
        Outcome loaded = loaded(text);
        Node fast = FastYaml.parse("f.yaml", text);
        if (fast != null) {
            fastTaken.incrementAndGet();
            Outcome fastRead = new Outcome(nodes(fast), List.of());
            Outcome full = full(text);
            if (!fastRead.equals(full)) {
                throw new Disagreement(lineEnds + ": fast " + fastRead + " but full " + full);
            }
            if (!loaded.equals(full)) {
                throw new Disagreement(lineEnds + ": loaded " + loaded + " but full " + full);
            }
        }
        return loaded;
    }

    static Outcome full(String text) {
        Problems problems = new Problems();
        Node node = YamlParser.parseFully("f.yaml", text, problems);
        return new Outcome(node == null ? List.of() : nodes(node), messages(problems));
    }

    static Outcome loaded(String text) {
        Problems problems = new Problems();
        Node node = YamlParser.parse("f.yaml", text, problems);
        return new Outcome(node == null ? List.of() : nodes(node), messages(problems));
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
