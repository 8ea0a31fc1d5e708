package org.gongkai.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.junit.jupiter.api.Test;

/**
 * A report of many departments, written as the comparison is walked: one well-formed compact JSON
 * document, read back to the same text, the departments in the comparison's order. (The golden
 * report of the two-year fixture holds a short report byte for byte.)
 */
class JsonReportTest {

    @Test
    void aReportOfManyDepartmentsIsOneDocumentInOrder() throws Exception {
        Site site = SiteLoader.load(DifferTest.TWO_YEARS);
        Department before = department(site, 2023, "731001");
        Department after = department(site, 2024, "731001");
        List<Department> olds = new ArrayList<>();
        List<Department> news = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            olds.add(copy(before, i));
            news.add(copy(after, i));
        }
        Comparison c = Differ.compare("2023", olds, "2024", news);
        String report = JsonReport.of(c);

        JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
        JsonNode tree = mapper.readTree(report);
        assertEquals(report.strip(), mapper.writeValueAsString(tree), "compact, and read back the same");
        List<String> codes = new ArrayList<>();
        tree.get("departments").forEach(d -> codes.add(d.get("code").asText()));
        assertEquals(c.departments().stream().map(d -> d.department().disclosedCode()).toList(), codes);
        assertEquals(700, codes.size());
    }

    private static Department department(Site site, int year, String code) {
        return site.years().stream().filter(y -> y.year() == year).flatMap(y -> y.departments().stream())
                .filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    private static Department copy(Department d, int i) {
        String code = String.format("%06d", 100000 + i);
        return new Department(code, d.name() + i, d.shortName(), d.year(), d.unit(), d.units(), d.overallGoal(),
                d.itemGoals(), d.measures(), d.projects(), d.disclosure(), d.origin(), d.codeDisclosed(), d.form(),
                d.overallTable(), d.draft(), d.incomplete(), d.attachments());
    }
}
