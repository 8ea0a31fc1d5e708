package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.render.PagesTest;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader and the full YAML parser agree, node for node and position for position, on
 * every document the fast reader accepts; and it accepts the files real content is made of.
 */
class FastYamlTest {

    static Node full(String text) {
        Problems problems = new Problems();
        Node node = YamlParser.parseFully("f.yaml", text, problems);
        assertEquals(List.of(), problems.sorted());
        return node;
    }

    static Stream<Path> contentFiles() throws IOException {
        return Stream.of(Sites.REPO.resolve("content"), Sites.REPO.resolve("src/test/resources/corpus-sample"),
                        Sites.REPO.resolve("src/main/resources/gongkai/init"))
                .flatMap(dir -> {
                    try {
                        return Files.walk(dir).filter(p -> p.toString().endsWith(".yaml")).toList().stream();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @ParameterizedTest
    @MethodSource("contentFiles")
    void realContentTakesTheFastPathAndAgrees(Path file) throws IOException {
        String text = Files.readString(file);
        Node fast = FastYaml.parse("f.yaml", text);
        assertNotNull(fast, "the fast reader should take " + file);
        assertEquals(full(text), fast);
    }

    @Test
    void fixtureSitesAgree() {
        for (String site : List.of(Sites.MINIMAL, PagesTest.SITE)) {
            for (String section : site.split("(?m)^-- .* --\n")) {
                if (section.isBlank()) {
                    continue;
                }
                Node fast = FastYaml.parse("f.yaml", section);
                if (fast != null) {
                    assertEquals(full(section), fast, section);
                }
            }
        }
    }

    /** Documents in the simple form: taken, and identical to the full parse. */
    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\n",
        "a: 1\nb:\n",
        "a:\n  b: x\n  c: \"y \\\\ \\\" z\"\nd: 'it''s'\n",
        "list:\n- a\n- b\nnext: 1\n",
        "list:\n  - a\n  -\n  - c\n",
        "rows:\n  - k: 1\n    v: 2.50\n  - k: -3\n",
        "m:\n  3: 30\n  12: null\n  6: ~\n",
        "t: |\n  line one\n  line two\n\n  para\n\n\nu: x # comment\n",
        "# comment\n\na: true\nb: False\nc: 0\nd: 0.0\n",
        "text: 预算数0.85万元，其中财政资金0.85万元。\ntarget: \"≥95 %\"\n",
        "a:\n  - x: 1\n\n    y: 2\n",
        "a:\n    deep:\n        deeper: v\nb: w\n",
        "blank:\nquoted: \"\"\nsingle: ''\n",
    })
    void simpleDocumentsAgree(String text) {
        Node fast = FastYaml.parse("f.yaml", text);
        assertNotNull(fast, text);
        assertEquals(full(text), fast);
    }

    /** Anything else is left to the full parser, which knows how to read or reject it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "a: [1, 2]\n", "a: {b: 1}\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: >\n  folded\n",
        "a: multi\n  line\n", "a: 0123\n", "a: 1e3\n", "a: .5\n", "a: yes\n", "a: 1_000\n", "a: 0x1F\n",
        "a: 1\na: 2\n", "\"quoted key\": 1\n", "预算数: 1\n", "a: \"unterminated\n", "a:\tb\n", "a: b: c\n",
        "---\na: 1\n", "a: 1\n---\nb: 2\n", "a: |+\n  keep\n", "- a\n- - b\n", "a: \"x\" y\n", "a: \"\\u00e9\"\n",
        "a:\n  b: 1\n c: 2\n", "a: 2023-01-01\n", "a: -\n", "a: ? b\n", "a: '\n",
    })
    void otherDocumentsAreLeftToTheFullParser(String text) {
        assertNull(FastYaml.parse("f.yaml", text));
    }

    // Each root cause of a disagreement the mutation fuzzer found (YamlMutationTest), pinned by
    // a small case: the fast reader builds the full parser's nodes or declines, and a file loads
    // the same with LF and with CRLF line ends.

    /** The fast reader, if it takes the text, reads exactly what the full parser reads. */
    static void assertFastReadIsFullRead(String text) {
        Node fast = FastYaml.parse("f.yaml", text);
        if (fast != null) {
            YamlMutationTest.Outcome full = YamlMutationTest.full(text);
            YamlMutationTest.Outcome fastRead = new YamlMutationTest.Outcome(fast, List.of());
            assertTrue(fastRead.agrees(full), YamlMutationTest.escape(text) + ": fast " + fastRead + " but full " + full);
        }
    }

    static void assertSameWithCrlf(String text) {
        YamlMutationTest.Outcome lf = YamlMutationTest.loaded(text);
        YamlMutationTest.Outcome crlf = YamlMutationTest.loaded(text.replace("\n", "\r\n"));
        assertTrue(lf.agrees(crlf), YamlMutationTest.escape(text) + ": LF " + lf + " but CRLF " + crlf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: x\u0007y\n", "a: 1\nb: \u0000\n", "a: x\u007f\n", "a: \"\u0084\"\n", "a: |\n  \u001b[0m\n",
        "a: x\uffff\n"})
    void controlCharactersAreRefusedAsTheFullParserRefusesThem(String text) {
        assertFastReadIsFullRead(text);
        assertSameWithCrlf(text);
    }

    @Test
    void aControlCharacterIsReportedAtItsLineAndColumn() {
        String message = "YAML 语法错误：这里有一个不允许的字符 U+0007（看不见的控制字符，多由复制粘贴带入），请删去";
        assertEquals(List.of("f.yaml:3:8: " + message), YamlMutationTest.loaded("a: 1\nb: 2\nc: 中文𠀀x\u0007\n").problems());
        assertEquals(List.of("f.yaml:3:8: " + message), YamlMutationTest.loaded("a: 1\r\nb: 2\r\nc: 中文𠀀x\u0007\r\n").problems());
    }

    /** SnakeYAML checks characters a buffer (1024 characters) at a time: CRLF moved this one past the first. */
    @Test
    void aControlCharacterAfterASyntaxErrorIsReportedTheSameWithCrlf() {
        StringBuilder text = new StringBuilder("a: b: c\n");
        for (int i = 0; i < 120; i++) {
            text.append(String.format("k%03d: v\n", i));
        }
        text.append("z: \u0007\n");
        assertSameWithCrlf(text.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: x\u3000\n", "a: \u3000\n", "a: x \u00a0\n", "a: x\u2003 # 注\n", "a: 'x'\u3000\n",
        "a: \"x\" \u3000\n", "a: |\u3000\n  x\n", "a: |\n  x\n\u3000\n", "- x\u205f\n"})
    void unicodeSpacesAreTextNotWhiteSpace(String text) {
        assertFastReadIsFullRead(text);
        assertSameWithCrlf(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: x\u2028y\n", "a: x\u2029\nb: 1\n", "a: x\u0085y\n", "a: 1\u2028b: 2\n", "a: |\n  x\u2028  y\n"})
    void unicodeLineBreaksAreLineBreaks(String text) {
        assertFastReadIsFullRead(text);
        assertSameWithCrlf(text);
    }

    /** Every character at the edges of the ranges the character check passes without a closer look. */
    @Test
    void charactersAtTheEdgesOfTheQuickRanges() {
        int[][] ranges = {{0x00, 0x21}, {0x7D, 0xA1}, {0x2026, 0x202B}, {0x2FFE, 0x3002}, {0xD7FE, 0xD801},
            {0xDBFF, 0xDC01}, {0xDFFF, 0xE001}, {0xFEFE, 0xFF00}, {0xFFFC, 0x10000}};
        for (int[] range : ranges) {
            for (int c = range[0]; c < range[1]; c++) {
                String ch = String.valueOf((char) c);
                assertFastReadIsFullRead("a: x" + ch + "y\n");
                assertFastReadIsFullRead("a: \"" + ch + "\"\n");
            }
        }
        assertFastReadIsFullRead("a: \uD83D\uDE00\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: \"x\\/y\"\n", "a: \"\\/\"\n"})
    void theSlashEscapeIsNotYaml11(String text) {
        assertFastReadIsFullRead(text);
        assertSameWithCrlf(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: |\n    \n  x\n", "a: |\n\n   \n  x\nb: 1\n", "a:\n  b: |\n      \n    x\n", "- |\n   \n  x\n",
        "a: |\n\n  x\n", "a: |\n \n  x\n"})
    void blankFirstLinesOfALiteralBlock(String text) {
        assertFastReadIsFullRead(text);
        assertSameWithCrlf(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: |\n  x", "a: |\n  x\n  y", "a: |\n  x\n\n  y", "a: |\n  x\n  ", "a:\n  - |\n    x"})
    void aFinalLiteralBlockWithoutANewline(String text) {
        assertNotNull(FastYaml.parse("f.yaml", text), YamlMutationTest.escape(text));
        assertFastReadIsFullRead(text);
        assertSameWithCrlf(text);
    }

    /**
     * The loader strips a UTF-8 byte order mark before either reader sees the text; one left in the
     * text (a file saved twice with one, or U+FEFF inside) reads as the full parser reads it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\ufeffa: 1\n", "\ufeff\ufeffa: 1\n", "a: \ufeffx\n", "a: 1\n\ufeffb: 2\n", "- \ufeff\n"})
    void byteOrderMarks(String text) {
        assertFastReadIsFullRead(text);
        assertSameWithCrlf(text);
        Problems problems = new Problems();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = java.util.Arrays.copyOf(bom, bom.length + utf8.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        assertEquals(text, SourceFile.text(withBom, "f.yaml", problems));
    }

    /** Found by the fuzzer as well: an empty item's place is just after its "-", spaces or not. */
    @ParameterizedTest
    @ValueSource(strings = {"a:\n  - \n", "a:\n  -  # 注\n  - x\n", "- \n- z\n", "a:\n  - "})
    void anEmptySequenceItemIsJustAfterItsDash(String text) {
        assertNotNull(FastYaml.parse("f.yaml", text), YamlMutationTest.escape(text));
        assertFastReadIsFullRead(text);
    }

    @Test
    void crlfFilesTakeTheFastPath() {
        String text = "a: 1\r\nb:\r\n  - x\r\n  - |\r\n    y\r\n\r\n    z\r\n";
        assertNotNull(FastYaml.parse("f.yaml", text));
        assertFastReadIsFullRead(text);
        assertNull(FastYaml.parse("f.yaml", "a: 1\rb: 2\n"), "a lone CR is left to the full parser");
        assertTrue(YamlMutationTest.loaded("a: 1\rb: 2\n").problems().isEmpty());
    }
}
