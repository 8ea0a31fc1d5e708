package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.pipeline.Build;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default site shows every value of its source document: each non-blank cell and paragraph
 * of the Word export (src/test/resources/seed/) appears on the page it belongs to — part one on
 * the department page, each 绩效目标表 on its project's page.
 */
class SeedCoverageTest {

    static final Path SEED = Sites.REPO.resolve("src/test/resources/seed/000_8ddc17a317e3134c.txt");
    static final Pattern PROJECT_HEADING = Pattern.compile("^\\[bookmark: _Toc_4_4_\\d+\\]\\d+\\.");
    static final Pattern CODE = Pattern.compile("^13028123P\\w+$");

    @Test
    void everyCellOfTheSourceIsOnItsPage(@TempDir Path dir) throws Exception {
        new Build(Sites.REPO, dir).run();
        Map<String, String> pages = Sites.read(dir);
        String departmentPage = text(pages.get("2023/731001/index.html"));

        List<String> missing = new ArrayList<>();
        List<String> section = new ArrayList<>();
        int checked = 0;
        boolean inProjects = false;
        for (String line : Files.readAllLines(SEED, StandardCharsets.UTF_8)) {
            if (PROJECT_HEADING.matcher(line).find()) {
                checked += verify(section, departmentPage, inProjects, pages, missing);
                section.clear();
                inProjects = true;
            }
            for (String cell : line.split("\t")) {
                String clean = cell.replaceFirst("^\\[bookmark: [^\\]]*\\]", "").replaceFirst("^\\d+\\.", "").strip();
                if (!clean.isEmpty()) {
                    section.add(clean);
                }
            }
        }
        checked += verify(section, departmentPage, inProjects, pages, missing);
        assertEquals(List.of(), missing, "cells of the source missing from the site");
        // The number of non-blank cells and paragraphs in the source: fewer means the reading above broke.
        assertEquals(388, checked);
    }

    /** Checks one section's cells against its page; returns how many cells were checked. */
    private static int verify(List<String> cells, String departmentPage, boolean project, Map<String, String> pages,
            List<String> missing) {
        String page = departmentPage;
        if (project) {
            String code = cells.stream().filter(c -> CODE.matcher(c).matches()).findFirst().orElseThrow();
            page = text(pages.get("2023/731001/" + code + "/index.html"));
        }
        for (String cell : cells) {
            if (!page.contains(squash(cell))) {
                missing.add(cell);
            }
        }
        return cells.size();
    }

    /** The visible text of a page, tags removed, entities decoded, white space removed. */
    static String text(String html) {
        String body = html.substring(html.indexOf("<main"));
        Matcher tags = Pattern.compile("<[^>]*>").matcher(body);
        String plain = tags.replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#34;", "\"").replace("&amp;", "&");
        return squash(plain);
    }

    /** White space is layout in both the Word export and HTML; the characters are what must match. */
    static String squash(String s) {
        return s.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }
}
