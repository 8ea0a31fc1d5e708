package org.gongkai.a11y;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.pipeline.Build;
import org.gongkai.pipeline.DraftsTest;
import org.gongkai.render.FormFamilyPagesTest;
import org.gongkai.render.PagesTest;
import org.gongkai.support.Sites;

/**
 * The sites the accessibility and validity checks run on: the default site, the feature fixture
 * (every optional key), the form-family fixture (other layouts of the national forms), a generated multi-department, two-year corpus sample
 * and a site built with its drafts shown.
 */
final class TestSites {

    private TestSites() {
    }

    /** Builds the sites below {@code dir}; returns site name → output folder. */
    static Map<String, Path> build(Path dir) throws Exception {
        Map<String, Path> built = new TreeMap<>();
        built.put("default", run(Sites.REPO, dir.resolve("default")));
        built.put("features", run(Sites.write(dir.resolve("features-src"), PagesTest.SITE), dir.resolve("features")));
        built.put("form-family", run(Sites.write(dir.resolve("form-family-src"), FormFamilyPagesTest.SITE),
                dir.resolve("form-family")));
        built.put("corpus", run(Sites.REPO.resolve("src/test/resources/corpus-sample"), dir.resolve("corpus")));
        built.put("two-years", run(Sites.REPO.resolve("src/test/resources/two-years"), dir.resolve("two-years")));
        // Drafts shown (build --drafts): the 草稿 banner on a project and on a department page.
        Path drafts = dir.resolve("drafts");
        new Build(Sites.write(dir.resolve("drafts-src"), DraftsTest.SITE), drafts).includeDrafts(true).run();
        built.put("drafts", drafts);
        return built;
    }

    private static Path run(Path site, Path out) throws Exception {
        new Build(site, out).run();
        return out;
    }

    /** Every HTML page of a built site, as paths relative to it. */
    static List<String> pages(Path out) throws Exception {
        List<String> pages = new ArrayList<>();
        Path root = out.toRealPath(); // a built output is a link to its version folder
        try (var walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".html"))
                    .forEach(p -> pages.add(root.relativize(p).toString().replace('\\', '/')));
        }
        pages.sort(null);
        return pages;
    }
}
