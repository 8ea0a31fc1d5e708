package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.pipeline.Build;
import org.gongkai.pipeline.BuildException;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one route table: as Java fills it, as templates reach it, and as search.js reads it from meta.js. */
class RoutesTest {

    @TempDir
    Path dir;

    @Test
    void fillsEachPlaceholderFromTheArgumentOfItsType() {
        Build.Result result = build(Sites.REPO.resolve("src/test/resources/two-years"));
        Department d = result.site().years().get(0).departments().get(0);
        Project p = d.projects().get(0);
        String folder = d.year() + "/" + d.code() + "/";
        assertEquals("index.html", Routes.HOME.path());
        assertEquals(d.year() + "/index.html", Routes.YEAR.path(d.year()));
        assertEquals(d.year() + "/index.html", Routes.YEAR.path(result.site().years().get(0)));
        assertEquals(folder + "index.html", Routes.DEPARTMENT.path(d));
        assertEquals(folder + p.code() + "/index.html", Routes.PROJECT.path(d, p));
        assertEquals(folder + "compare.html", Routes.COMPARE.path(d));
        assertEquals(d.year() + "/changes.html", Routes.CHANGES.path(d.year()));
        assertEquals("assets/style.css", Routes.ASSET.path("style.css"));
        assertEquals("search/meta.js", Routes.SEARCH_META.path());
    }

    @Test
    void aMissingValueIsRefusedNotPrintedAsNull() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Routes.PROJECT.path(2023));
        assertEquals("路径 project（{year}/{department}/{project}/index.html）缺少 {department}", e.getMessage());
    }

    /** The table's paths are the pages the build writes: every route of a page kind names a file of the output. */
    @Test
    void everyPageOfTheBuildIsARoute() throws IOException {
        Path out = dir.resolve("out");
        Build.Result result = build(Sites.REPO.resolve("src/test/resources/two-years"), out);
        Map<String, String> files = Sites.read(out);
        result.site().years().forEach(y -> {
            assertTrue(files.containsKey(Routes.YEAR.path(y)));
            assertTrue(files.containsKey(Routes.CHANGES.path(y)) || y.year() == 2023, y.year() + "");
            y.departments().forEach(d -> {
                assertTrue(files.containsKey(Routes.DEPARTMENT.path(d)));
                d.projects().forEach(p -> assertTrue(files.containsKey(Routes.PROJECT.path(d, p))));
            });
        });
        assertTrue(files.containsKey(Routes.SEARCH.path()) && files.containsKey(Routes.SEARCH_META.path()));
    }

    /**
     * search.js fills the patterns of meta.js as below (a {name} replaced by its value) and prefixes
     * meta.root: for every department and project that must be the page, seen from the search page.
     */
    @Test
    void searchLinksFromMetaJsLeadToThePages() {
        Path out = dir.resolve("out");
        Build.Result result = build(Sites.REPO.resolve("src/test/resources/two-years"), out);
        Map<String, String> files = Sites.read(out);
        String meta = files.get("search/meta.js");
        String root = field(meta, "root");
        String department = field(meta, "department");
        String project = field(meta, "project");
        Path searchPage = Path.of("/site").resolve(Routes.SEARCH.path()).getParent();
        int pages = 0;
        for (var y : result.site().years()) {
            for (Department d : y.departments()) {
                Map<String, String> values = Map.of("year", "" + d.year(), "department", d.code());
                assertLeadsToAPage(files, searchPage, root + fill(department, values));
                pages++;
                for (Project p : d.projects()) {
                    Map<String, String> withProject = Map.of("year", "" + d.year(), "department", d.code(), "project", p.code());
                    assertLeadsToAPage(files, searchPage, root + fill(project, withProject));
                    pages++;
                }
            }
        }
        assertTrue(pages > 5, "the fixture has departments and projects to link to");
    }

    /** No template of the built-in theme puts a path together: each link goes through url(). */
    @Test
    void noBuiltInTemplateConcatenatesAPath() throws IOException {
        try (Stream<Path> templates = Files.list(Sites.REPO.resolve("templates"))) {
            for (Path t : templates.toList()) {
                String text = Files.readString(t);
                assertTrue(!text.contains("{{ root }}"), t + " glues {{ root }} to a path; use url()");
                Matcher html = Pattern.compile("(href|src|action)=\"[^\"{]*(/|\\.html)").matcher(text);
                while (html.find()) {
                    // The search form submits to its own page, the one relative link that needs no route.
                    assertEquals("action=\"index.html", html.group(), t + " writes a path itself");
                }
            }
        }
    }

    @Test
    void anUnknownRouteInATemplateIsATemplateErrorWithItsLine() {
        Path site = Sites.write(dir.resolve("src"), Sites.MINIMAL);
        Sites.put(site, "templates/year.peb", "{% extends \"base.peb\" %}{% block content %}\n<a href=\"{{ url('yaer', year) }}\">x</a>{% endblock %}");
        BuildException e = assertThrows(BuildException.class, () -> new Build(site, dir.resolve("out")).run());
        assertTrue(e.getMessage().startsWith("模板错误 year.peb:2: url() 的第一个参数应为页面种类（home、year、"),
                e.getMessage());
    }

    private static void assertLeadsToAPage(Map<String, String> files, Path from, String href) {
        String target = Path.of("/site").relativize(from.resolve(href).normalize()).toString().replace('\\', '/');
        assertTrue(files.containsKey(target), href + " from the search page is not a page: " + target);
    }

    private static String fill(String pattern, Map<String, String> values) {
        return Pattern.compile("\\{(\\w+)\\}").matcher(pattern).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }

    private static String field(String meta, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(meta);
        assertTrue(m.find(), name + " in " + meta);
        return m.group(1);
    }

    private Build.Result build(Path site) {
        return build(site, dir.resolve("out"));
    }

    private static Build.Result build(Path site, Path out) {
        try {
            return new Build(site, out).run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
