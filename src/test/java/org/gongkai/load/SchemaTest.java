package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongkai.render.PagesTest;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped JSON Schemas agree with the loader: every valid fixture validates, invalid input
 * does not, and the schemas list exactly the keys the loader accepts.
 */
class SchemaTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonSchema schema(String name) throws IOException {
        try (InputStream in = SchemaTest.class.getClassLoader()
                .getResourceAsStream("gongkai/schema/" + name + ".schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    static Set<ValidationMessage> validate(Path site, Path file) throws IOException {
        String rel = site.relativize(file).toString().replace('\\', '/');
        String kind = rel.equals("site.yaml") ? "site" : rel.endsWith("/department.yaml") ? "department" : "project";
        return schema(kind).validate(YAML.readTree(file.toFile()));
    }

    /** Every YAML file of a site, validated; returns "file: message" for each violation. */
    static List<String> violations(Path site) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !site.relativize(p).startsWith("site"))::iterator) {
                for (ValidationMessage m : validate(site, f)) {
                    found.add(site.relativize(f) + ": " + m.getMessage());
                }
            }
        }
        return found;
    }

    @Test
    void everyValidFixtureValidates(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), violations(Sites.REPO.resolve("content")));
        assertEquals(List.of(), violations(Path.of("src/main/resources/gongkai/init")));
        assertEquals(List.of(), violations(Sites.write(dir.resolve("minimal"), Sites.MINIMAL)));
        assertEquals(List.of(), violations(Sites.write(dir.resolve("features"), PagesTest.SITE)));
        assertEquals(List.of(), schema("site").validate(YAML.readTree(Sites.REPO.resolve("site.yaml").toFile()))
                .stream().map(ValidationMessage::getMessage).toList());
    }

    @Test
    void invalidInputIsRejected() throws Exception {
        JsonNode project = YAML.readTree("""
                code: P1
                name: 测试
                budegt:
                  total: 1
                schedule:
                  13: 100
                indicators:
                  - level1: 产出指标
                    term: 短期
                rows:
                  - value: 彭兵
                title: 绩效目标申报表
                amount_unit: 千元
                """);
        Set<String> messages = new TreeSet<>();
        schema("project").validate(project).forEach(m -> messages.add(m.getMessage()));
        assertEquals(5, messages.size(), messages.toString());
        assertFalse(schema("department").validate(YAML.readTree("code: \"1\"\nname: x\nyear: 2023\nunit: 千元\n")).isEmpty());
    }

    @Test
    void schemasListExactlyTheKeysTheLoaderAccepts() throws Exception {
        assertEquals(SiteConfigReader.KEYS, keys("site", "/properties"));
        assertEquals(DepartmentReader.KEYS, keys("department", "/properties"));
        assertEquals(SiteConfigReader.CHECK_KEYS, keys("site", "/properties/check/properties"));
        assertEquals(ProjectReader.SILENCE_KEYS, keys("project", "/properties/silence/items/properties"));
        assertEquals(org.gongkai.check.Checker.ruleIds(), ruleEnum());
        assertEquals(SiteConfigReader.PORTAL_KEYS, keys("site", "/properties/portal/properties"));
        assertEquals(DepartmentReader.DISCLOSURE_KEYS, keys("department", "/properties/disclosure/properties"));
        assertEquals(DepartmentReader.UNIT_KEYS, keys("department", "/properties/units/items/properties"));
        assertEquals(DepartmentReader.ITEM_GOAL_KEYS, keys("department", "/properties/item_goals/items/properties"));
        assertEquals(ProjectReader.KEYS, keys("project", "/properties"));
        assertEquals(ProjectReader.BUDGET_KEYS, keys("project", "/properties/budget/properties"));
        assertEquals(ProjectReader.PERIOD_KEYS, keys("project", "/properties/period/properties"));
        assertEquals(ProjectReader.INDICATOR_KEYS, keys("project", "/properties/indicators/items/properties"));
        assertEquals(SiteConfigReader.NEW_MEDIA_KEYS, keys("site", "/properties/portal/properties/new_media/items/properties"));
        assertEquals(AttachmentReader.KEYS, keys("department", "/properties/attachments/items/anyOf/1/properties"));
        assertEquals(AttachmentReader.KEYS, keys("project", "/properties/attachments/items/anyOf/1/properties"));
    }

    private static List<String> ruleEnum() throws IOException {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(Path.of("src/main/resources/gongkai/schema/findings.schema.json").toFile())
                .at("/properties/findings/items/properties/rule/enum").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    private static List<String> keys(String schema, String pointer) throws IOException {
        JsonNode node = new ObjectMapper().readTree(Path.of("src/main/resources/gongkai/schema/" + schema + ".schema.json").toFile());
        List<String> keys = new ArrayList<>();
        node.at(pointer).fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
