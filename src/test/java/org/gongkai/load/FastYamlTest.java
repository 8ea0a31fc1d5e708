package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
