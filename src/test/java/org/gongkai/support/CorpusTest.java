package org.gongkai.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test corpus generator: the same bytes every time, and a second year that differs as real years do. */
class CorpusTest {

    @TempDir
    Path dir;

    @Test
    void theSameArgumentsGiveTheSameFiles() {
        Map<String, String> first = Sites.read(Corpus.generate(dir.resolve("a"), 6, 3, "2023", "2024"));
        Map<String, String> second = Sites.read(Corpus.generate(dir.resolve("b"), 6, 3, "2023", "2024"));
        assertEquals(first, second);
        assertEquals(12, first.keySet().stream().filter(f -> f.endsWith("/department.yaml")).count());
    }

    @Test
    void aLaterYearKeepsMostProjectsDropsSomeAndAddsSome() {
        Map<String, String> files = Sites.read(Corpus.generate(dir, 10, 5, "2023", "2024"));
        Set<String> before = projects(files, "2023");
        Set<String> after = projects(files, "2024");
        Set<String> kept = new HashSet<>(before);
        kept.retainAll(after);
        assertTrue(kept.size() > before.size() * 3 / 4, kept.size() + " of " + before.size() + " carried over");
        assertFalse(after.containsAll(before), "some projects end");
        assertFalse(before.containsAll(after), "some projects start");
        long changed = kept.stream().filter(p -> !amount(files, "2023", p).equals(amount(files, "2024", p))).count();
        assertTrue(changed > 0 && changed < kept.size(), changed + " amounts changed");
    }

    /** Department/code of every project of a year. */
    private static Set<String> projects(Map<String, String> files, String year) {
        return files.keySet().stream().filter(f -> f.startsWith("content/" + year + "/") && f.contains("/projects/"))
                .map(f -> f.substring(("content/" + year + "/").length())).collect(Collectors.toSet());
    }

    private static String amount(Map<String, String> files, String year, String project) {
        String text = files.get("content/" + year + "/" + project);
        int at = text.indexOf("  total: ");
        return text.substring(at, text.indexOf('\n', at));
    }
}
