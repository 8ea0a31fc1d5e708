package org.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.pipeline.Build;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site updated in memory, change after change, is always the site a full build makes: pages,
 * search index and errors alike, over a seeded sequence of random edits, deletions and additions
 * to a two-year corpus with every listing page on (quality page, sitemap.xml, feed, search) and
 * every data file (downloads: true).
 */
class LiveBuildTest {

    static final String SITE_YAML = """
            title: 生成的样本站点
            downloads: true
            base_url: https://www.example.gov.cn/xxgk/ysjx/
            portal:
              published: 2024-02-01
            check:
              report_page: true
            """;

    static Path corpus(Path dir) throws IOException {
        Path site = dir.resolve("site");
        copy(Sites.REPO.resolve("src/test/resources/corpus-sample"), site);
        Files.writeString(site.resolve("site.yaml"), SITE_YAML, StandardCharsets.UTF_8);
        return site;
    }

    @Test
    void inMemoryBuildIsTheWrittenBuild(@TempDir Path dir) throws Exception {
        Path site = corpus(dir);
        try (LiveBuild live = new LiveBuild(site)) {
            assertEquals(List.of(), live.build().errors());
            Path out = dir.resolve("out");
            new Build(site, out).run();
            Map<String, String> written = new TreeMap<>(Sites.read(out));
            written.remove(".gongkai-build");
            assertEquals(written, text(live.view()));
        }
    }

    @Test
    void partialUpdatesMatchAFullBuild(@TempDir Path dir) throws Exception {
        Path site = corpus(dir);
        Random random = new Random(15);
        try (LiveBuild live = new LiveBuild(site)) {
            live.build();
            int partial = 0;
            int compared = 0;
            // First the edits whose reach is widest: the year before (the later year's compare pages
            // read it), then random ones.
            Path earlier = site.resolve("content/2023/700001/projects/13028123P000001000006.yaml");
            List<List<Path>> first = List.of(List.of(earlier), List.of(site.resolve("content/2023/700002")));
            for (int step = 0; step < 18; step++) {
                List<Path> changed;
                if (step == 0) {
                    Files.writeString(earlier, Edits.amount(Files.readString(earlier), "195.51")
                            .replace("name: 业务经费", "name: 业务工作经费"));
                    changed = first.get(0);
                } else if (step == 2) {
                    // An indicator alone: that project's page, and the compare page of the year after.
                    Files.writeString(earlier, Files.readString(earlier).replaceFirst("(?m)^    target: .*$", "    target: \"≥600人次\""));
                    changed = first.get(0);
                } else if (step == 1) {
                    delete(first.get(1).get(0));
                    changed = first.get(1);
                } else {
                    changed = Edits.random(site, random);
                }
                LiveBuild.Outcome outcome = live.update(changed);
                if (step == 2) {
                    assertTrue(outcome.rendered() < 4, "the project page and the compare page: " + outcome.rendered());
                }
                if (!outcome.whole()) {
                    partial++;
                }
                try (LiveBuild fresh = new LiveBuild(site)) {
                    LiveBuild.Outcome full = fresh.build();
                    assertEquals(full.errors(), outcome.errors(), "step " + step + " " + changed);
                    if (full.errors().isEmpty()) {
                        assertSame(text(fresh.view()), text(live.view()), "step " + step + " " + changed);
                        compared++;
                    }
                }
            }
            assertTrue(partial >= 10, "most edits are partial updates: " + partial);
            assertEquals(18, compared, "every step leaves a site without errors, so its pages are compared");
        }
    }

    @Test
    void aDepartmentEditRendersItsOwnPagesAndTheListsOnly(@TempDir Path dir) throws Exception {
        Path site = corpus(dir);
        try (LiveBuild live = new LiveBuild(site)) {
            int all = live.build().rendered();
            Path file = site.resolve("content/2024/700001/department.yaml");
            Files.writeString(file, Files.readString(file).replace("name: 迁安市教育局服务中心", "name: 迁安市教育服务中心"));
            LiveBuild.Outcome outcome = live.update(List.of(file));
            assertFalse(outcome.whole());
            assertTrue(outcome.rendered() < all / 2, outcome.rendered() + " of " + all);
            assertTrue(new String(live.view().pages().get("2024/700001/index.html"), StandardCharsets.UTF_8)
                    .contains("迁安市教育服务中心"));
            assertTrue(new String(live.view().pages().get("2024/index.html"), StandardCharsets.UTF_8)
                    .contains("迁安市教育服务中心"));
        }
    }

    @Test
    void filesOutsideTheInputsChangeNothing(@TempDir Path dir) throws Exception {
        Path site = corpus(dir);
        try (LiveBuild live = new LiveBuild(site)) {
            live.build();
            assertNull(live.update(List.of(site.resolve("site/index.html"), site.resolve("content/.git/x"),
                    site.resolve("content/2024/700001/projects/a.yaml~"))));
        }
    }

    @Test
    void anErrorIsReportedThenTheFixRecovers(@TempDir Path dir) throws Exception {
        Path site = corpus(dir);
        try (LiveBuild live = new LiveBuild(site)) {
            live.build();
            Path file = site.resolve("content/2024/700002/department.yaml");
            String good = Files.readString(file);
            Files.writeString(file, good.replace("year: 2024", "year: [2024"));
            LiveBuild.Outcome broken = live.update(List.of(file));
            assertEquals(1, broken.errors().size(), broken.errors().toString());
            assertTrue(broken.errors().get(0).file().equals("content/2024/700002/department.yaml"), broken.errors().toString());
            assertEquals(broken.errors(), live.view().errors());
            // Another department changes meanwhile: the broken one is still broken.
            Path other = site.resolve("content/2024/700001/department.yaml");
            Files.writeString(other, Files.readString(other) + "\n");
            assertEquals(broken.errors(), live.update(List.of(other)).errors());
            Files.writeString(file, good);
            LiveBuild.Outcome fixed = live.update(List.of(file));
            assertEquals(List.of(), fixed.errors());
            assertEquals(List.of(), live.view().errors());
        }
    }

    /** The two sites are the same; else the first page that differs, with both texts. */
    static void assertSame(Map<String, String> expected, Map<String, String> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": the same files");
        for (String path : expected.keySet()) {
            assertEquals(expected.get(path), actual.get(path), what + ": " + path);
        }
    }

    /** Pages and search index as text, path → content. */
    static Map<String, String> text(LiveBuild.View view) throws Exception {
        Map<String, String> all = new TreeMap<>();
        view.pages().forEach((path, bytes) -> all.put(path, new String(bytes, StandardCharsets.UTF_8)));
        view.search().get().forEach((path, bytes) -> all.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return all;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** Random edits to a site's content, each returning the files it touched (as a watcher would see them). */
    static final class Edits {

        /** A project's budget set to {@code amount}, all of it fiscal, with its purpose saying so (as the checks want). */
        static String amount(String text, String amount) {
            return text.replaceFirst("(?m)^  total: .*$", "  total: " + amount)
                    .replaceFirst("(?m)^  fiscal: .*$", "  fiscal: " + amount)
                    .replaceFirst("(?m)^  other: .*$", "  other: 0")
                    .replaceFirst("(?m)^purpose: .*$", "purpose: 预算数" + amount + "万元，其中财政资金" + amount
                            + "万元，其他资金0万元。用于业务办公经费。");
        }

        static List<Path> random(Path site, Random random) throws IOException {
            List<Path> departments = new ArrayList<>();
            try (Stream<Path> years = Files.list(site.resolve("content"))) {
                for (Path year : years.sorted().toList()) {
                    try (Stream<Path> ds = Files.list(year)) {
                        departments.addAll(ds.sorted().toList());
                    }
                }
            }
            Path d = departments.get(random.nextInt(departments.size()));
            List<Path> projects;
            try (Stream<Path> ps = Files.list(d.resolve("projects"))) {
                projects = ps.sorted().toList();
            }
            int kind = random.nextInt(9);
            if (projects.isEmpty() && kind < 5) {
                kind = 5;
            }
            Path p = projects.isEmpty() ? null : projects.get(random.nextInt(projects.size()));
            switch (kind) {
                case 0, 1 -> {   // a project's name
                    String text = Files.readString(p);
                    Files.writeString(p, text.replaceFirst("(?m)^name: (.*)$", "name: $1（调整" + random.nextInt(100) + "）"));
                    return List.of(p);
                }
                case 2 -> {      // a project's amounts, kept consistent
                    Files.writeString(p, amount(Files.readString(p), (random.nextInt(900) + 100) + "." + random.nextInt(10)));
                    return List.of(p);
                }
                case 3 -> {      // a project goes
                    Files.delete(p);
                    return List.of(p);
                }
                case 4 -> {      // a project comes (a copy under a new code)
                    String code = "T" + Math.abs(random.nextInt(1_000_000));
                    Path added = p.resolveSibling(code + ".yaml");
                    Files.writeString(added, Files.readString(p).replaceFirst("(?m)^code: .*$", "code: " + code));
                    return List.of(added);
                }
                case 5 -> {      // the department's name
                    Path file = d.resolve("department.yaml");
                    String text = Files.readString(file);
                    Files.writeString(file, text.replaceFirst("(?m)^name: (.*)$", "name: $1" + random.nextInt(10)));
                    return List.of(file);
                }
                case 6 -> {      // a department comes: a copy under a new code
                    String code = String.valueOf(800_000 + random.nextInt(1000));
                    Path added = d.resolveSibling(code);
                    if (Files.exists(added)) {
                        return List.of();
                    }
                    copy(d, added);
                    Path file = added.resolve("department.yaml");
                    Files.writeString(file, Files.readString(file).replaceFirst("(?m)^code: .*$", "code: \"" + code + "\""));
                    // Project codes are unique within a year: the copies get their own.
                    try (Stream<Path> ps = Files.list(added.resolve("projects"))) {
                        for (Path q : ps.toList()) {
                            String c = "C" + code + q.getFileName().toString().replace(".yaml", "");
                            Files.writeString(q.resolveSibling(c + ".yaml"),
                                    Files.readString(q).replaceFirst("(?m)^code: .*$", "code: " + c));
                            Files.delete(q);
                        }
                    }
                    return List.of(added);
                }
                case 7 -> {      // an indicator's target: read by the project page only (and search)
                    String text = Files.readString(p);
                    Files.writeString(p, text.replaceFirst("(?m)^    target: .*$", "    target: \"≥" + random.nextInt(1000) + "人次\""));
                    return List.of(p);
                }
                default -> {     // a department goes (never the last of its year: that is a site change)
                    long inYear;
                    try (Stream<Path> ds = Files.list(d.getParent())) {
                        inYear = ds.count();
                    }
                    if (inYear < 2) {
                        return List.of();
                    }
                    delete(d);
                    return List.of(d);
                }
            }
        }
    }
}
