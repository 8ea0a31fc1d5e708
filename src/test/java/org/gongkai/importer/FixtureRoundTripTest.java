package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;

/**
 * The Word and Excel fixtures made from the seed by {@link FixtureTool} import to the same content
 * as the seed text: only the location in the truncation note differs.
 */
class FixtureRoundTripTest {

    static final Path FIXTURES = Sites.REPO.resolve("src/test/resources/import");

    private static Map<String, String> expected(String location) {
        Map<String, String> files = SeedRoundTripTest.expected();
        String note = SeedRoundTripTest.TRUNCATED_NOTE.replace("000_8ddc17a317e3134c.txt 第 532 行", location);
        files.put(SeedRoundTripTest.TRUNCATED, files.get(SeedRoundTripTest.TRUNCATED)
                .replace(SeedRoundTripTest.TRUNCATED_NOTE, note));
        return files;
    }

    @Test
    void docxWithMergedCellsImportsToTheDefaultContent() throws Exception {
        Importer.Result result = Importer.run(List.of(FIXTURES.resolve("seed.docx")), SeedRoundTripTest.OPTIONS);
        Map<String, String> expected = expected("seed.docx 表 10 第 2 行第 1 格");
        Map<String, String> actual = SeedRoundTripTest.imported(result);
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertEquals(expected.get(name), actual.get(name), name);
        }
        assertEquals(1, result.findings().size(), result.findings().toString());
    }

    @Test
    void xlsxImportsToTheSameProjects() throws Exception {
        Importer.Result result = Importer.run(List.of(FIXTURES.resolve("seed-projects.xlsx")),
                new Importer.Options("2023", Map.of()));
        Map<String, String> expected = new TreeMap<>(expected("seed-projects.xlsx 13028123P000221100034!A11"));
        Map<String, String> actual = SeedRoundTripTest.imported(result);
        String department = actual.remove("department.yaml");
        expected.remove("department.yaml");
        assertEquals(expected, actual);
        // No part 1 in a workbook of 绩效目标表: the department file says so, and never replaces a real one.
        assertTrue(department.startsWith("# 导入不完整：以下内容没有读到或未能归入，请对照原文补全后删去这段注释\n"
                + "#   来源中没有第一部分（总体绩效目标、分项绩效目标、工作保障措施）\n"
                + "code: \"731001\"\nname: 遵化市科学技术协会\nyear: 2023\nunit: 万元\n"), department);
        assertTrue(result.outputs().get(0).keepExisting());
    }
}
