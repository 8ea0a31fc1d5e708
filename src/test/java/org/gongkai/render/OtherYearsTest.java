package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.site.Links;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's other years: paired year by year as diff pairs them, followed along the years, newest first. */
class OtherYearsTest {

    static String department(int year) {
        return "-- content/" + year + "/731001/department.yaml --\ncode: \"731001\"\nname: 测试部门\nyear: " + year
                + "\nunit: 万元\n";
    }

    static String project(int year, String code, String name) {
        return "-- content/" + year + "/731001/projects/" + code + ".yaml --\ncode: " + code + "\nname: " + name + "\n";
    }

    @Test
    void aProjectLinksToItselfInEveryOtherYearOfItsLine(@TempDir Path dir) throws Exception {
        Site site = SiteLoader.load(Sites.write(dir, "-- site.yaml --\ntitle: 测试\n"
                + department(2022) + project(2022, "A", "科普活动") + project(2022, "B", "设备购置") + project(2022, "C", "同名")
                + department(2023) + project(2023, "A", "科普活动") + project(2023, "B2", "设备购置") + project(2023, "C1", "同名")
                + project(2023, "C2", "同名")
                + department(2024) + project(2024, "A", "科普活动（改名）") + project(2024, "B3", "设备购置")));
        OtherYears others = OtherYears.of(site);
        assertEquals(List.of("2023 ../../../2023/731001/A/index.html", "2022 ../../../2022/731001/A/index.html"),
                links(others, site, 2024, "A"));
        assertEquals(List.of("2024 ../../../2024/731001/A/index.html", "2022 ../../../2022/731001/A/index.html"),
                links(others, site, 2023, "A"));
        // Matched by its name where the code changed, each year to the year before.
        assertEquals(List.of("2023 ../../../2023/731001/B2/index.html", "2022 ../../../2022/731001/B/index.html"),
                links(others, site, 2024, "B3"));
        // A name two projects share is no ground for pairing: neither C1 nor C2 is C.
        assertEquals(List.of(), links(others, site, 2022, "C"));
        assertEquals(List.of(), links(others, site, 2023, "C1"));
    }

    private static List<String> links(OtherYears others, Site site, int year, String code) {
        Department d = site.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow().departments().get(0);
        Project p = d.projects().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        return others.of(p, Links.project(d, p)).stream().map(l -> l.year() + " " + l.href()).toList();
    }
}
