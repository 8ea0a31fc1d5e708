package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.pipeline.Build;
import org.gongkai.pipeline.SiteWriter;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the default site and of the two-year fixture (its compare pages), byte for
 * byte, against src/test/resources/golden/&lt;site&gt;/ (pages and data files; not the assets, copied from
 * assets/ unchanged, nor the .xlsx workbooks, which DataFilesTest reads back).
 * After an intended change: {@code mvn test -Dtest=GoldenPagesTest -Dgolden.update=true}, then
 * review {@code git diff src/test/resources/golden/}.
 */
class GoldenPagesTest {

    static final Path GOLDEN = Sites.REPO.resolve("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> defaultSiteMatchesItsGoldenPages(@TempDir Path dir) throws Exception {
        return matches(Sites.REPO, GOLDEN.resolve("default"), dir);
    }

    @TestFactory
    Stream<DynamicTest> twoYearSiteMatchesItsGoldenPages(@TempDir Path dir) throws Exception {
        return matches(Sites.REPO.resolve("src/test/resources/two-years"), GOLDEN.resolve("two-years"), dir);
    }

    /** A department in 元 beside one in 万元, amounts with decimals and blanks, extra columns, 其中 sources. */
    @TestFactory
    Stream<DynamicTest> openDataSiteMatchesItsGoldenPages(@TempDir Path dir) throws Exception {
        return matches(Sites.REPO.resolve("src/test/resources/open-data"), GOLDEN.resolve("open-data"), dir);
    }

    private static Stream<DynamicTest> matches(Path site, Path goldenDir, Path dir) throws Exception {
        Path out = dir.resolve("site");
        new Build(site, out).run();
        Map<String, String> built = Sites.read(out);
        built.remove(SiteWriter.MARKER);
        // Assets are copies of assets/ in the repository; the pages are what is rendered.
        built.keySet().removeIf(name -> name.startsWith("assets/"));
        // Workbooks are binary; DataFilesTest reads each one back with POI instead.
        built.keySet().removeIf(name -> name.endsWith(".xlsx"));
        if (UPDATE) {
            Sites.deleteTree(goldenDir);
            built.forEach((name, text) -> Sites.put(goldenDir, name, text));
        }
        Map<String, String> golden = Sites.read(goldenDir);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the same files", () ->
                assertEquals(golden.keySet(), built.keySet())));
        for (Map.Entry<String, String> page : golden.entrySet()) {
            tests.add(DynamicTest.dynamicTest(page.getKey(), () ->
                    assertEquals(page.getValue(), built.get(page.getKey()), page.getKey()
                            + " differs from its golden file (see README: Tests)")));
        }
        return tests.stream();
    }
}
